(module
  (type (;0;) (func (result i64)))
  (table (;0;) 4 823 externref)
  (table (;1;) 3 20 funcref)
  (table (;2;) 595 979 externref)
  (memory (;0;) 3 13)
  (global (;0;) i64 i64.const -1105873290607431027)
  (global (;1;) (mut i32) i32.const 1153935360)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;4;) (mut i32) i32.const 0)
  (global (;5;) (mut i64) i64.const 0)
  (global (;6;) (mut i64) i64.const 0)
  (global (;7;) (mut i32) i32.const 500)
  (export "f" (func 0))
  (export "" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (func 4))
  (export "5" (func 5))
  (export "6" (func 6))
  (export "7" (table 0))
  (export "8" (table 1))
  (export "9" (table 2))
  (export "10" (memory 0))
  (export "11" (global 0))
  (export "12" (global 1))
  (export "13" (global 2))
  (export "`7\u{b}\u{4}" (global 3))
  (export "15" (global 4))
  (export "16" (global 5))
  (export "`O" (global 6))
  (elem (;0;) declare func)
  (func (;0;) (type 0) (result i64)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    data.drop 2
    block ;; label = @1
      block (result f64) ;; label = @2
        global.get 0
        i64.clz
        block ;; label = @3
          block (result f32) ;; label = @4
            br 1 (;@3;)
            data.drop 0
            f64.const 0x1.p-1050 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008289046;)
            i64.const -17
            nop
            f32.const 0x1.88bb2p-92 (;=0.0000000000000000000000000003098101;)
            loop ;; label = @5
              global.get 7
              i32.eqz
              if ;; label = @6
                unreachable
              end
              global.get 7
              i32.const 1
              i32.sub
              global.set 7
              v128.const i32x4 0xaef201d1 0xee5b58cc 0x503f3978 0x18379e86
              i16x8.bitmask
              i32x4.splat
              i16x8.extend_low_i8x16_s
              table.size 2
              i64.extend_i32_s
              i64.extend8_s
              i64.extend32_s
              i64x2.splat
              i16x8.bitmask
              loop ;; label = @6
                global.get 7
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 7
                i32.const 1
                i32.sub
                global.set 7
                f64.const 0x1.fffffffffffp-1030 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000017383389519587;)
                i32.trunc_f64_s
                global.get 2
                i32.xor
                global.set 2
              end
              global.get 2
              i32.xor
              global.set 2
              global.get 3
              v128.xor
              global.set 3
            end
            i32.reinterpret_f32
            global.get 4
            i32.xor
            global.set 4
            global.get 5
            i64.xor
            global.set 5
            i64.reinterpret_f64
            global.get 6
            i64.xor
            global.set 6
            f32.const -0x1.4a5e22p+122 (;=-6861469000000000000000000000000000000;)
          end
          i32.reinterpret_f32
          global.get 4
          i32.xor
          global.set 4
        end
        global.get 5
        i64.xor
        global.set 5
        f64.const 0x1.p-1045 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000265249474;)
      end
      i64.reinterpret_f64
      global.get 6
      i64.xor
      global.set 6
    end
    i64.const 250393817022741392
  )
  (func (;1;) (type 0) (result i64)
    (local f64 v128 f32 f32 v128 v128 v128 f32 f64 v128)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    block (result f32) ;; label = @1
      elem.drop 0
      loop ;; label = @2
        global.get 7
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 7
        i32.const 1
        i32.sub
        global.set 7
        loop (result i64) ;; label = @3
          global.get 7
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 7
          i32.const 1
          i32.sub
          global.set 7
          data.drop 3
          local.get 0
          f64.abs
          i32.trunc_f64_u
          i32.extend8_s
          i32.ctz
          global.get 0
          i64.store16 offset=104268 align=1
          v128.const i32x4 0xd18b04a8 0x7e3c25f0 0xe0e3db18 0x4386aef1
          i8x16.abs
          i16x8.extend_high_i8x16_u
          f64x2.sqrt
          local.tee 1
          v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
          local.get 1
          local.get 1
          f64x2.eq
          v128.bitselect
          i32.const 595
          i16x8.splat
          i64x2.abs
          f32x4.extract_lane 0
          data.drop 2
          f32.sqrt
          local.tee 2
          f32.const nan (;=NaN;)
          local.get 2
          local.get 2
          f32.eq
          select
          i32.trunc_sat_f32_s
          i8x16.splat
          i16x8.extend_low_i8x16_u
          i32x4.ne
          i64x2.extract_lane 1
          br 3
          i64.const -4869252339885066884
          ref.null extern
          call 3
          i64.popcnt
          i64.extend32_s
          data.drop 3
          memory.size
          call_indirect 1 (type 0)
          i64.extend8_s
          i64.sub
          i64.const -131072
          i64.le_s
          i64.load offset=167282 align=2
          global.get 0
          i64.or
          block (result f64) ;; label = @4
            f32.const 0x1.3b1b9ep-65 (;=0.000000000000000000033363344;)
            f32.sqrt
            local.tee 3
            f32.const nan (;=NaN;)
            local.get 3
            local.get 3
            f32.eq
            select
            f32.const 0x1.9d1be4p+46 (;=113554520000000;)
            i64.trunc_sat_f32_u
            ref.null extern
            nop
            block (result funcref) ;; label = @5
              f32.const -0x1.45207cp-94 (;=-0.000000000000000000000000000064119974;)
              elem.drop 0
              i64.trunc_sat_f32_u
              i32.wrap_i64
              memory.grow
              data.drop 1
              i32.load16_u offset=18836 align=1
              i64.load8_s offset=38411
              f64.reinterpret_i64
              data.drop 3
              local.get 0
              memory.size
              v128.load8x8_u offset=193291 align=2
              i16x8.extend_low_i8x16_s
              f64x2.floor
              local.tee 4
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 4
              local.get 4
              f64x2.eq
              v128.bitselect
              f64x2.ceil
              local.tee 5
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 5
              local.get 5
              f64x2.eq
              v128.bitselect
              f32x4.nearest
              local.tee 6
              v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
              local.get 6
              local.get 6
              f32x4.eq
              v128.bitselect
              i64x2.extend_low_i32x4_u
              i32x4.extend_high_i16x8_s
              f64x2.convert_low_i32x4_s
              i32x4.extend_high_i16x8_u
              i16x8.extract_lane_u 7
              v128.load32x2_u offset=87487 align=4
              f64x2.neg
              i32x4.extend_high_i16x8_s
              i64.const 511
              local.get 0
              i64.reinterpret_f64
              call 5
              i64.lt_u
              f32.convert_i32_s
              ref.null extern
              loop (result externref) ;; label = @6
                global.get 7
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 7
                i32.const 1
                i32.sub
                global.set 7
                i32.const -1197393305
                br_if 4 (;@2;)
                v128.const i32x4 0x66abacf4 0x02a6c717 0x2750324b 0x4fe3a081
                i32x4.all_true
                f32.load offset=745001 align=1
                f32.ceil
                local.tee 7
                f32.const nan (;=NaN;)
                local.get 7
                local.get 7
                f32.eq
                select
                loop (result f64) ;; label = @7
                  global.get 7
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 7
                  i32.const 1
                  i32.sub
                  global.set 7
                  loop (type 0) (result i64) ;; label = @8
                    global.get 7
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 7
                    i32.const 1
                    i32.sub
                    global.set 7
                    call 6
                    ref.null func
                    table.size 0
                    f32.const -0x1p+113 (;=-10384594000000000000000000000000000;)
                    data.drop 0
                    ref.null extern
                    f64.const -nan:0xffe0000000000 (;=NaN;)
                    i32.trunc_f64_s
                    br_if 5 (;@3;)
                    br 6 (;@2;)
                    br 6 (;@2;)
                    i32.const 1004228209
                    v128.load8x8_u offset=86694 align=4
                    i32x4.extend_low_i16x8_u
                    i64x2.abs
                    i16x8.extend_low_i8x16_u
                    f64x2.abs
                    memory.size
                    v128.load16x4_u offset=159644
                    i64x2.extmul_low_i32x4_s
                    i8x16.all_true
                    memory.size
                    f64.load offset=441034 align=1
                    f64.ceil
                    local.tee 8
                    f64.const nan (;=NaN;)
                    local.get 8
                    local.get 8
                    f64.eq
                    select
                    f64.neg
                    memory.size
                    f32.const 0x1.222222p-93 (;=0.00000000000000000000000000011443742;)
                    ref.null extern
                    ref.null func
                    ref.null func
                    v128.const i32x4 0xaa4fbb85 0x953918ed 0x04deeb86 0xaa4b132a
                    i64x2.extend_low_i32x4_u
                    i8x16.abs
                    i64x2.extract_lane 1
                    table.size 1
                    i64.load offset=67928 align=4
                    f64.reinterpret_i64
                    br 4 (;@4;)
                    f64.const -0x1.a0a1f79d7927ap+1017 (;=-2285698598594485000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                    i32.trunc_f64_s
                    v128.load16x4_u offset=76257 align=1
                    i32x4.trunc_sat_f64x2_s_zero
                    loop (type 0) (result i64) ;; label = @9
                      global.get 7
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 7
                      i32.const 1
                      i32.sub
                      global.set 7
                      i32.const 65535
                      i32.extend16_s
                      elem.drop 0
                      v128.load32x2_s offset=103266 align=2
                      f32x4.trunc
                      local.tee 9
                      v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                      local.get 9
                      local.get 9
                      f32x4.eq
                      v128.bitselect
                      i64x2.extend_high_i32x4_u
                      i32x4.trunc_sat_f32x4_u
                      f64x2.neg
                      i8x16.bitmask
                      i32.extend16_s
                      f32.convert_i32_u
                      i32.reinterpret_f32
                      global.get 4
                      i32.xor
                      global.set 4
                      i64.const -35184372088833
                    end
                    global.get 5
                    i64.xor
                    global.set 5
                    global.get 3
                    v128.xor
                    global.set 3
                    global.get 5
                    i64.xor
                    global.set 5
                    drop
                    drop
                    drop
                    i32.reinterpret_f32
                    global.get 4
                    i32.xor
                    global.set 4
                    global.get 2
                    i32.xor
                    global.set 2
                    i64.reinterpret_f64
                    global.get 6
                    i64.xor
                    global.set 6
                    global.get 2
                    i32.xor
                    global.set 2
                    drop
                    i32.reinterpret_f32
                    global.get 4
                    i32.xor
                    global.set 4
                    global.get 2
                    i32.xor
                    global.set 2
                    drop
                  end
                  global.get 5
                  i64.xor
                  global.set 5
                  f64.const 0x1.fffffffffep-1035 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005432309224866;)
                end
                i64.reinterpret_f64
                global.get 6
                i64.xor
                global.set 6
                i32.reinterpret_f32
                global.get 4
                i32.xor
                global.set 4
                ref.null extern
              end
              drop
              drop
              i32.reinterpret_f32
              global.get 4
              i32.xor
              global.set 4
              global.get 5
              i64.xor
              global.set 5
              global.get 3
              v128.xor
              global.set 3
              i64.reinterpret_f64
              global.get 6
              i64.xor
              global.set 6
              i64.reinterpret_f64
              global.get 6
              i64.xor
              global.set 6
              ref.null func
            end
            drop
            drop
            global.get 5
            i64.xor
            global.set 5
            i32.reinterpret_f32
            global.get 4
            i32.xor
            global.set 4
            f64.const 0x1.7e009340c25d9p-483 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005975001881596426;)
          end
          i64.reinterpret_f64
          global.get 6
          i64.xor
          global.set 6
          global.get 5
          i64.xor
          global.set 5
          drop
        end
        global.get 5
        i64.xor
        global.set 5
      end
      f32.const -nan:0x7fff7f (;=NaN;)
    end
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    i64.const -2948313036247014215
  )
  (func (;2;) (type 0) (result i64)
    (local f64 f64 f64 f32 f32 f32 f32 f64 f64 v128 v128 v128)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    i64.const 196607
    memory.size
    i32.eqz
    loop ;; label = @1
      global.get 7
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 7
      i32.const 1
      i32.sub
      global.set 7
      data.drop 3
      call 6
      br 1
      i32.const 32768
      i32.extend8_s
      global.get 1
      f32.load offset=145952
      i64.trunc_sat_f32_u
      f64.convert_i64_u
      i64.reinterpret_f64
      i64.extend32_s
      call 3
      i64.le_s
      i32.or
      i32.load16_u offset=47493
      i32.load offset=117346 align=1
      f32.convert_i32_s
      f64.promote_f32
      f64.neg
      f64.floor
      local.tee 0
      f64.const nan (;=NaN;)
      local.get 0
      local.get 0
      f64.eq
      select
      data.drop 3
      f64.sqrt
      local.tee 1
      f64.const nan (;=NaN;)
      local.get 1
      local.get 1
      f64.eq
      select
      br 0 (;@1;)
      br 0 (;@1;)
      f64.floor
      local.tee 2
      f64.const nan (;=NaN;)
      local.get 2
      local.get 2
      f64.eq
      select
      f32.const -nan:0x77ffff (;=NaN;)
      f32.ceil
      local.tee 3
      f32.const nan (;=NaN;)
      local.get 3
      local.get 3
      f32.eq
      select
      f32.trunc
      local.tee 4
      f32.const nan (;=NaN;)
      local.get 4
      local.get 4
      f32.eq
      select
      f32.sqrt
      local.tee 5
      f32.const nan (;=NaN;)
      local.get 5
      local.get 5
      f32.eq
      select
      f32.nearest
      local.tee 6
      f32.const nan (;=NaN;)
      local.get 6
      local.get 6
      f32.eq
      select
      global.get 1
      data.drop 0
      block ;; label = @2
        f32.const -nan:0x7fe000 (;=NaN;)
        nop
        f32.neg
        i64.const -68719476737
        f64.convert_i64_u
        elem.drop 0
        f64.sqrt
        local.tee 7
        f64.const nan (;=NaN;)
        local.get 7
        local.get 7
        f64.eq
        select
        ref.null func
        memory.size
        v128.load offset=137955 align=2
        i32x4.abs
        i16x8.abs
        i16x8.extend_low_i8x16_u
        i16x8.all_true
        f64.const 0x1.ffffffffffffep-1023 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002225073858507201;)
        i64.trunc_f64_s
        f32.const 0x1.e241cap+85 (;=72876616000000000000000000;)
        i32.reinterpret_f32
        br_table 2 2
        global.get 0
        i64.store32 offset=458407 align=1
        br 1 (;@1;)
        ref.is_null
        i64.extend_i32_s
        f64.reinterpret_i64
        i64.reinterpret_f64
        i64.extend16_s
        call 2
        f64.convert_i64_u
        f64.nearest
        local.tee 8
        f64.const nan (;=NaN;)
        local.get 8
        local.get 8
        f64.eq
        select
        i64.trunc_f64_u
        i64.mul
        i64.extend16_s
        f64.reinterpret_i64
        f64.gt
        i32.eqz
        v128.load64_zero offset=76349 align=1
        f64x2.sqrt
        local.tee 9
        v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
        local.get 9
        local.get 9
        f64x2.eq
        v128.bitselect
        i32x4.trunc_sat_f64x2_u_zero
        i32x4.extend_low_i16x8_u
        i64x2.extend_high_i32x4_s
        v128.const i32x4 0xbdbf7148 0x8cec9479 0xdcfb6165 0x832df69c
        i16x8.le_u
        memory.size
        i32.ctz
        i32.load8_u offset=49224
        i32.extend8_s
        i32.load8_u offset=14365
        f64.convert_i32_u
        f32.demote_f64
        ref.null func
        loop (result f64) ;; label = @3
          global.get 7
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 7
          i32.const 1
          i32.sub
          global.set 7
          call 1
          i32.const 1828021516
          i32.load offset=61744 align=1
          i32.popcnt
          i64.load8_u offset=181439
          br 2 (;@1;)
          i64.mul
          f64.convert_i64_s
          ref.null func
          i32.const 262143
          i32.load16_u offset=176508 align=1
          i64.load16_u offset=58775
          f64.convert_i64_s
          elem.drop 0
          f32.const -0x1.2d263cp-116 (;=-0.000000000000000000000000000000000014159975;)
          call 4
          return
          memory.size
          global.get 0
          v128.const i32x4 0xb9c9934f 0xd08ab055 0x04bac686 0x9cab5beb
          i16x8.extend_low_i8x16_u
          i32x4.extend_high_i16x8_s
          call 4
          i32.const 1335897048
          table.size 2
          v128.load32_splat offset=94292
          i16x8.bitmask
          i32.gt_s
          i32x4.splat
          f64x2.sqrt
          local.tee 10
          v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
          local.get 10
          local.get 10
          f64x2.eq
          v128.bitselect
          i32x4.all_true
          table.get 2
          loop (result v128) ;; label = @4
            global.get 7
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 7
            i32.const 1
            i32.sub
            global.set 7
            i32.const -67108865
            v128.load32x2_s offset=36046 align=4
            i8x16.neg
            f32x4.convert_i32x4_u
            i16x8.extadd_pairwise_i8x16_u
            i32x4.extend_low_i16x8_u
            f32x4.sqrt
            local.tee 11
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            local.get 11
            local.get 11
            f32x4.eq
            v128.bitselect
          end
          global.get 3
          v128.xor
          global.set 3
          drop
          global.get 5
          i64.xor
          global.set 5
          global.get 3
          v128.xor
          global.set 3
          global.get 5
          i64.xor
          global.set 5
          global.get 2
          i32.xor
          global.set 2
          i32.reinterpret_f32
          global.get 4
          i32.xor
          global.set 4
          i64.reinterpret_f64
          global.get 6
          i64.xor
          global.set 6
          drop
        end
        i64.reinterpret_f64
        global.get 6
        i64.xor
        global.set 6
        drop
        i32.reinterpret_f32
        global.get 4
        i32.xor
        global.set 4
        global.get 3
        v128.xor
        global.set 3
        i32.reinterpret_f32
        global.get 4
        i32.xor
        global.set 4
      end
      global.get 2
      i32.xor
      global.set 2
      i32.reinterpret_f32
      global.get 4
      i32.xor
      global.set 4
      i64.reinterpret_f64
      global.get 6
      i64.xor
      global.set 6
    end
    global.get 2
    i32.xor
    global.set 2
  )
  (func (;3;) (type 0) (result i64)
    (local f32 v128 v128 f64 f64 v128 f64 v128 v128 v128)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    memory.size
    i64.extend_i32_s
    br 0
    global.get 0
    f32.convert_i64_s
    i32.trunc_sat_f32_s
    v128.load8x8_u offset=744515 align=4
    i64x2.all_true
    f32.convert_i32_u
    block (type 0) (result i64) ;; label = @1
      loop (result funcref) ;; label = @2
        global.get 7
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 7
        i32.const 1
        i32.sub
        global.set 7
        call 6
        data.drop 2
        ref.null func
        v128.const i32x4 0x06b3bd46 0x856fcb75 0x9724ab93 0x07dd5d5f
        i64x2.all_true
        v128.load16x4_u offset=25078
        f32x4.extract_lane 0
        data.drop 1
        f32.sqrt
        local.tee 0
        f32.const nan (;=NaN;)
        local.get 0
        local.get 0
        f32.eq
        select
        i64.trunc_sat_f32_u
        f64.const -0x1.fc13d56fe7594p+186 (;=-194656616420647700000000000000000000000000000000000000000;)
        f32.const 0x1.ff8p-140 (;=0.000000000000000000000000000000000000000001434;)
        i64.trunc_sat_f32_u
        i32.const -536870912
        data.drop 2
        v128.load offset=113063
        i32x4.trunc_sat_f32x4_s
        data.drop 0
        f32x4.extract_lane 3
        memory.size
        v128.load16_splat offset=440904 align=1
        i64x2.bitmask
        i64.load32_s offset=165342
        i64.extend32_s
        nop
        block ;; label = @3
          v128.const i32x4 0x1587a057 0xde1830a2 0xf7c98289 0xfc925df0
          i8x16.popcnt
          f32x4.convert_i32x4_u
          f64x2.ceil
          local.tee 1
          v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
          local.get 1
          local.get 1
          f64x2.eq
          v128.bitselect
          i32x4.abs
          i32x4.extend_low_i16x8_u
          f32x4.ceil
          local.tee 2
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          local.get 2
          local.get 2
          f32x4.eq
          v128.bitselect
          i32x4.abs
          i8x16.popcnt
          f32x4.demote_f64x2_zero
          i64x2.neg
          i32x4.trunc_sat_f32x4_u
          i8x16.extract_lane_s 1
          v128.load16_splat offset=24417
          i8x16.all_true
          table.get 2
          memory.size
          i32.load8_u offset=53558
          i32.eqz
          i32.load offset=59718 align=2
          br_table 0 (;@3;) 1 (;@2;) 0 (;@3;)
          f32.const 0x1.f8p-144 (;=0.000000000000000000000000000000000000000000088;)
          call 6
          f64.const -0x1.be2e82a16bcbdp+332 (;=-15248612572437724000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          f64.neg
          f64.ceil
          local.tee 3
          f64.const nan (;=NaN;)
          local.get 3
          local.get 3
          f64.eq
          select
          f64.trunc
          local.tee 4
          f64.const nan (;=NaN;)
          local.get 4
          local.get 4
          f64.eq
          select
          table.size 2
          ref.null func
          i32.const -268435457
          table.grow 1
          i32.ctz
          memory.grow
          loop (result i32) ;; label = @4
            global.get 7
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 7
            i32.const 1
            i32.sub
            global.set 7
            f32.const 0x1.fffffp-129 (;=0.000000000000000000000000000000000000002938734;)
            i32.trunc_f32_s
            i64.load offset=63881 align=1
            f64.convert_i64_s
            f32.demote_f64
            f32.neg
            call 4
            loop (result v128) ;; label = @5
              global.get 7
              i32.eqz
              if ;; label = @6
                unreachable
              end
              global.get 7
              i32.const 1
              i32.sub
              global.set 7
              memory.size
              f32.const 0x1.4p-147 (;=0.000000000000000000000000000000000000000000007;)
              v128.const i32x4 0xc312db0a 0xd06032e6 0x05162f74 0x2095d37e
              block (result i64) ;; label = @6
                f32.const -0x1.fb6c5cp+85 (;=-76679640000000000000000000;)
                br 1 (;@5;)
                v128.const i32x4 0x3d14e9a6 0xed5f12ab 0x9645243f 0x0adc9e6b
                i16x8.extadd_pairwise_i8x16_u
                v128.const i32x4 0x04d39c89 0xfccc2a41 0x095e9622 0x9053098a
                i16x8.extmul_high_i8x16_u
                f64x2.nearest
                local.tee 5
                v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                local.get 5
                local.get 5
                f64x2.eq
                v128.bitselect
                f32x4.abs
                i64x2.extend_high_i32x4_u
                ref.null func
                ref.null extern
                elem.drop 0
                global.get 1
                v128.load32x2_u offset=10178 align=4
                loop (result i64) ;; label = @7
                  global.get 7
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 7
                  i32.const 1
                  i32.sub
                  global.set 7
                  call 3
                  data.drop 2
                  global.get 0
                  memory.size
                  block ;; label = @8
                    f32.const 0x1.p-134 (;=0.000000000000000000000000000000000000000045918;)
                    i32.trunc_f32_s
                    f64.load offset=152886
                    f64.floor
                    local.tee 6
                    f64.const nan (;=NaN;)
                    local.get 6
                    local.get 6
                    f64.eq
                    select
                    i64.trunc_sat_f64_u
                    i64.clz
                    i32.const 2139095040
                    data.drop 2
                    i64.load offset=93830 align=2
                    elem.drop 0
                    i64.mul
                    f32.convert_i64_s
                    i32.trunc_sat_f32_s
                    elem.drop 0
                    f32.load offset=85472 align=2
                    f32.abs
                    br 4 (;@4;)
                    f32.abs
                    i32.trunc_sat_f32_u
                    i32.load8_s offset=23640
                    v128.load64_splat offset=735808
                    i32x4.extend_high_i16x8_s
                    i32x4.trunc_sat_f32x4_u
                    i8x16.neg
                    v128.not
                    v128.const i32x4 0xb11406ae 0xbdbbcc09 0x773597fe 0x41e0dcb5
                    i16x8.add_sat_s
                    i32x4.trunc_sat_f32x4_u
                    i32x4.abs
                    i32x4.neg
                    i32x4.trunc_sat_f32x4_s
                    f64x2.ceil
                    local.tee 7
                    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                    local.get 7
                    local.get 7
                    f64x2.eq
                    v128.bitselect
                    i8x16.abs
                    i16x8.abs
                    f32x4.trunc
                    local.tee 8
                    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                    local.get 8
                    local.get 8
                    f32x4.eq
                    v128.bitselect
                    i32x4.trunc_sat_f32x4_s
                    i32x4.trunc_sat_f32x4_s
                    i16x8.extract_lane_u 3
                    br 0 (;@8;)
                    v128.load64_splat offset=142250 align=1
                    f64x2.floor
                    local.tee 9
                    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                    local.get 9
                    local.get 9
                    f64x2.eq
                    v128.bitselect
                    global.get 3
                    v128.xor
                    global.set 3
                  end
                  drop
                  global.get 5
                  i64.xor
                  global.set 5
                end
                global.get 5
                i64.xor
                global.set 5
                global.get 3
                v128.xor
                global.set 3
                drop
                drop
                global.get 3
                v128.xor
                global.set 3
                i32.reinterpret_f32
                global.get 4
                i32.xor
                global.set 4
                i64.const -8193
              end
              global.get 5
              i64.xor
              global.set 5
              global.get 3
              v128.xor
              global.set 3
              i32.reinterpret_f32
              global.get 4
              i32.xor
              global.set 4
              global.get 2
              i32.xor
              global.set 2
              v128.const i32x4 0xb47d3c9f 0xc40428aa 0x457a8230 0xcc1152c8
            end
            drop
            global.get 5
            i64.xor
            global.set 5
            i32.reinterpret_f32
            global.get 4
            i32.xor
            global.set 4
            i32.const 1
          end
          global.get 2
          i32.xor
          global.set 2
          global.get 2
          i32.xor
          global.set 2
          global.get 2
          i32.xor
          global.set 2
          i64.reinterpret_f64
          global.get 6
          i64.xor
          global.set 6
          global.get 5
          i64.xor
          global.set 5
          i32.reinterpret_f32
          global.get 4
          i32.xor
          global.set 4
          drop
        end
        global.get 5
        i64.xor
        global.set 5
        i32.reinterpret_f32
        global.get 4
        i32.xor
        global.set 4
        global.get 5
        i64.xor
        global.set 5
        i64.reinterpret_f64
        global.get 6
        i64.xor
        global.set 6
        global.get 5
        i64.xor
        global.set 5
        drop
        global.get 5
        i64.xor
        global.set 5
        ref.null func
      end
      drop
      i64.const -1856082315322229069
    end
    global.get 5
    i64.xor
    global.set 5
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    i64.const -5805916635127426209
  )
  (func (;4;) (type 0) (result i64)
    (local v128 v128 v128 v128 v128 v128 f32 v128 v128 f64)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    i32.const 496865191
    i64.extend_i32_s
    f64.convert_i64_u
    loop ;; label = @1
      global.get 7
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 7
      i32.const 1
      i32.sub
      global.set 7
      loop (type 0) (result i64) ;; label = @2
        global.get 7
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 7
        i32.const 1
        i32.sub
        global.set 7
        block (result i64) ;; label = @3
          memory.size
          f32.convert_i32_u
          v128.const i32x4 0x3491b9ea 0x0e247ecf 0x7740801b 0xc95077d4
          i32x4.neg
          i16x8.extend_low_i8x16_u
          data.drop 2
          block (result v128) ;; label = @4
            table.size 1
            f32.const 0x1.44f81cp+46 (;=89326850000000;)
            loop ;; label = @5
              global.get 7
              i32.eqz
              if ;; label = @6
                unreachable
              end
              global.get 7
              i32.const 1
              i32.sub
              global.set 7
              memory.size
              v128.load32x2_u offset=159197
              f32x4.convert_i32x4_s
              i16x8.extract_lane_s 4
              f32.reinterpret_i32
              data.drop 3
              ref.null extern
              block ;; label = @6
              end
              loop (result f64) ;; label = @6
                global.get 7
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 7
                i32.const 1
                i32.sub
                global.set 7
                call 6
                i64.extend32_s
                f32.convert_i64_u
                i64.trunc_sat_f32_u
                table.size 0
                i32.load offset=34218 align=2
                i32.load8_u offset=12256
                v128.load offset=131068 align=2
                f32x4.sqrt
                local.tee 0
                v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                local.get 0
                local.get 0
                f32x4.eq
                v128.bitselect
                i64x2.extend_high_i32x4_s
                f64x2.abs
                elem.drop 0
                i8x16.abs
                loop ;; label = @7
                  global.get 7
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 7
                  i32.const 1
                  i32.sub
                  global.set 7
                  memory.size
                  i64.load8_s offset=60122
                  i64.ctz
                  table.size 1
                  memory.size
                  i32.lt_s
                  v128.const i32x4 0xeed71168 0x60d944d0 0xdbc6da69 0x2bb26d89
                  br 1 (;@6;)
                  v128.not
                  i16x8.extend_low_i8x16_u
                  f64x2.floor
                  local.tee 1
                  v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                  local.get 1
                  local.get 1
                  f64x2.eq
                  v128.bitselect
                  f32x4.nearest
                  local.tee 2
                  v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                  local.get 2
                  local.get 2
                  f32x4.eq
                  v128.bitselect
                  i8x16.bitmask
                  i32x4.splat
                  f64x2.abs
                  v128.load64_lane offset=150842 align=2 1
                  f64x2.trunc
                  local.tee 3
                  v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                  local.get 3
                  local.get 3
                  f64x2.eq
                  v128.bitselect
                  i32x4.trunc_sat_f64x2_u_zero
                  i64x2.extend_low_i32x4_u
                  call 3
                  i64x2.splat
                  i32x4.gt_u
                  i8x16.neg
                  i8x16.all_true
                  i32.ctz
                  br_table 0 (;@7;) 1 (;@6;) 2 (;@5;) 5 (;@2;) 6 (;@1;) 6 (;@1;)
                  i64x2.splat
                  call 6
                  i32.wrap_i64
                  v128.const i32x4 0xd7a0bb83 0xa8cfcfa5 0x70c604a0 0x0640ab50
                  memory.size
                  i32.load8_s offset=371560
                  v128.load64_zero offset=83023 align=2
                  f32x4.sub
                  local.tee 4
                  v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                  local.get 4
                  local.get 4
                  f32x4.eq
                  v128.bitselect
                  i32x4.extend_high_i16x8_u
                  i32x4.extract_lane 3
                  i32.div_s
                  f64.const 0x1.dbdf48cb5d522p-602 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000011199354285988033;)
                  i64.trunc_sat_f64_u
                  i32.wrap_i64
                  i64.load16_s offset=195591
                  call 5
                  i64.const 2474355126663865487
                  i64.ctz
                  memory.size
                  v128.const i32x4 0x0c600ca4 0x330fec06 0xd69966b6 0x7fa32d3f
                  f64x2.sqrt
                  local.tee 5
                  v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                  local.get 5
                  local.get 5
                  f64x2.eq
                  v128.bitselect
                  i64x2.extend_low_i32x4_u
                  f64x2.extract_lane 0
                  i64.trunc_sat_f64_s
                  i64.extend8_s
                  i64.eqz
                  i32.sub
                  data.drop 0
                  i64.const -8589934592
                  f32.const 0x1.a001p-130 (;=0.000000000000000000000000000000000000001193873;)
                  f32.neg
                  f32.neg
                  f32.ceil
                  local.tee 6
                  f32.const nan (;=NaN;)
                  local.get 6
                  local.get 6
                  f32.eq
                  select
                  f32.const -nan:0x600000 (;=NaN;)
                  i32.const -1541523807
                  call_indirect 1 (type 0)
                  f32.const 0x1.a872f6p-119 (;=0.0000000000000000000000000000000000024946874;)
                  global.get 0
                  i64.popcnt
                  i64.popcnt
                  global.get 1
                  i32.clz
                  table.size 1
                  br 2 (;@5;)
                  i32.eqz
                  v128.load8_splat offset=42477
                  f64x2.extract_lane 0
                  block (result funcref) ;; label = @8
                    block (result v128) ;; label = @9
                      memory.size
                      f64.const 0x1.523df2d42ee7ap+377 (;=406720362820487600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                      call 5
                      i64.ctz
                      i64x2.splat
                      i32x4.neg
                      i8x16.extract_lane_s 11
                      v128.load8x8_u offset=78625 align=2
                      i32x4.trunc_sat_f32x4_u
                      i32x4.trunc_sat_f64x2_u_zero
                      i8x16.abs
                      v128.const i32x4 0x56b3adca 0x4eedc41e 0x70ac4c8a 0x733b90f0
                      br 3 (;@6;)
                      v128.and
                      i16x8.neg
                      f64x2.ceil
                      local.tee 7
                      v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                      local.get 7
                      local.get 7
                      f64x2.eq
                      v128.bitselect
                      f32x4.ceil
                      local.tee 8
                      v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                      local.get 8
                      local.get 8
                      f32x4.eq
                      v128.bitselect
                      i64x2.bitmask
                      i64.extend_i32_s
                      return
                      f64.sqrt
                      local.tee 9
                      f64.const nan (;=NaN;)
                      local.get 9
                      local.get 9
                      f64.eq
                      select
                      block (result v128) ;; label = @10
                        global.get 1
                        br_if 8 (;@2;)
                        table.size 0
                        global.get 2
                        i32.xor
                        global.set 2
                        v128.const i32x4 0x49da45bd 0x5758e069 0x5b8e0a22 0x55b9c240
                      end
                      global.get 3
                      v128.xor
                      global.set 3
                      i64.reinterpret_f64
                      global.get 6
                      i64.xor
                      global.set 6
                      global.get 2
                      i32.xor
                      global.set 2
                      v128.const i32x4 0x001fffff 0x00000000 0xffffffff 0x0001ffff
                    end
                    global.get 3
                    v128.xor
                    global.set 3
                    ref.null func
                  end
                  drop
                  i64.reinterpret_f64
                  global.get 6
                  i64.xor
                  global.set 6
                  global.get 2
                  i32.xor
                  global.set 2
                  global.get 5
                  i64.xor
                  global.set 5
                  i32.reinterpret_f32
                  global.get 4
                  i32.xor
                  global.set 4
                  global.get 5
                  i64.xor
                  global.set 5
                  i32.reinterpret_f32
                  global.get 4
                  i32.xor
                  global.set 4
                  i32.reinterpret_f32
                  global.get 4
                  i32.xor
                  global.set 4
                  global.get 5
                  i64.xor
                  global.set 5
                  global.get 2
                  i32.xor
                  global.set 2
                  global.get 5
                  i64.xor
                  global.set 5
                  global.get 5
                  i64.xor
                  global.set 5
                  global.get 5
                  i64.xor
                  global.set 5
                  global.get 2
                  i32.xor
                  global.set 2
                  global.get 3
                  v128.xor
                  global.set 3
                end
                global.get 3
                v128.xor
                global.set 3
                global.get 5
                i64.xor
                global.set 5
                f64.const 0x1.fff8p-1061 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000080943;)
              end
              i64.reinterpret_f64
              global.get 6
              i64.xor
              global.set 6
              drop
              i32.reinterpret_f32
              global.get 4
              i32.xor
              global.set 4
            end
            i32.reinterpret_f32
            global.get 4
            i32.xor
            global.set 4
            global.get 2
            i32.xor
            global.set 2
            v128.const i32x4 0xffffffff 0x7fefffff 0xffffffff 0x7fffffff
          end
          global.get 3
          v128.xor
          global.set 3
          global.get 3
          v128.xor
          global.set 3
          i32.reinterpret_f32
          global.get 4
          i32.xor
          global.set 4
          i64.const 9218868437227405312
        end
      end
      global.get 5
      i64.xor
      global.set 5
    end
    i64.reinterpret_f64
    global.get 6
    i64.xor
    global.set 6
    i64.const -2917960972139151447
  )
  (func (;5;) (type 0) (result i64)
    (local v128 f64 f64 f64 f64 f64 f64 f64 f32 f32 v128 v128)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    global.get 0
    i64.extend16_s
    memory.size
    call 0
    i64.extend8_s
    i64x2.splat
    v128.store16_lane offset=350979 align=1 0
    loop ;; label = @1
      global.get 7
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 7
      i32.const 1
      i32.sub
      global.set 7
      v128.const i32x4 0xb9b9794d 0x6e403ad0 0x690075eb 0xdd35d3f0
      loop (type 0) (result i64) ;; label = @2
        global.get 7
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 7
        i32.const 1
        i32.sub
        global.set 7
        call 4
        ref.null extern
        i32.const 1689202904
        v128.const i32x4 0x1ff3c451 0x4e83025a 0x09685331 0x6a6aba09
        f32x4.trunc
        local.tee 0
        v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
        local.get 0
        local.get 0
        f32x4.eq
        v128.bitselect
        call 2
        memory.size
        v128.load offset=55663 align=2
        f32x4.extract_lane 0
        i32.trunc_sat_f32_s
        i32.eqz
        f64.convert_i32_s
        f64.abs
        f64.sqrt
        local.tee 1
        f64.const nan (;=NaN;)
        local.get 1
        local.get 1
        f64.eq
        select
        f64.nearest
        local.tee 2
        f64.const nan (;=NaN;)
        local.get 2
        local.get 2
        f64.eq
        select
        i64.trunc_f64_s
        i64.rotl
        ref.null extern
        ref.is_null
        i64.extend_i32_s
        i64.mul
        i64.ctz
        loop ;; label = @3
          global.get 7
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 7
          i32.const 1
          i32.sub
          global.set 7
          call 2
          loop (type 0) (result i64) ;; label = @4
            global.get 7
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 7
            i32.const 1
            i32.sub
            global.set 7
            br 0 (;@4;)
            f64.const -nan:0xe000000000000 (;=NaN;)
            f64.ceil
            local.tee 3
            f64.const nan (;=NaN;)
            local.get 3
            local.get 3
            f64.eq
            select
            br 3 (;@1;)
            br 0 (;@4;)
            f64.ceil
            local.tee 4
            f64.const nan (;=NaN;)
            local.get 4
            local.get 4
            f64.eq
            select
            elem.drop 0
            i32.trunc_sat_f64_u
            nop
            data.drop 3
            f64.const -nan:0xfbfffffffffff (;=NaN;)
            f64.floor
            local.tee 5
            f64.const nan (;=NaN;)
            local.get 5
            local.get 5
            f64.eq
            select
            ref.null extern
            ref.null extern
            v128.const i32x4 0x97808f1f 0x72e0c1d0 0xfa798ee0 0x657a66f0
            ref.null func
            f32.const -0x1.41df4cp-21 (;=-0.0000005995338;)
            ref.null extern
            loop (type 0) (result i64) ;; label = @5
              global.get 7
              i32.eqz
              if ;; label = @6
                unreachable
              end
              global.get 7
              i32.const 1
              i32.sub
              global.set 7
              br 3 (;@2;)
              i32.const -2136497280
              br 2 (;@3;)
              v128.load64_splat offset=18112 align=4
              i64.const 8002150489588414792
              i64.extend8_s
              br 3 (;@2;)
              f64.reinterpret_i64
              f32.const -0x1.2a4916p+96 (;=-92314890000000000000000000000;)
              i32.trunc_f32_u
              i32.eqz
              i64.load32_s offset=168383
              f32.const -0x1.0aef3p-25 (;=-0.000000031075245;)
              table.size 2
              f64.convert_i32_s
              f64.ceil
              local.tee 6
              f64.const nan (;=NaN;)
              local.get 6
              local.get 6
              f64.eq
              select
              block (type 0) (result i64) ;; label = @6
                br 4 (;@2;)
                table.size 0
                f32.reinterpret_i32
                i64.const 1048576
                i64.eqz
                v128.load32x2_s offset=138491 align=4
                i16x8.extract_lane_s 7
                i64.load32_s offset=193350
                f32.convert_i64_u
                nop
                table.size 0
                v128.load8_splat offset=669343
                i64x2.extend_high_i32x4_u
                i16x8.extract_lane_s 1
                i32.load8_u offset=65862
                call_indirect 1 (type 0)
                global.get 0
                i64.le_u
                i64.load8_u offset=127240
                global.get 0
                f64.convert_i64_u
                f64.ceil
                local.tee 7
                f64.const nan (;=NaN;)
                local.get 7
                local.get 7
                f64.eq
                select
                f32.const -0x1.74f576p-96 (;=-0.00000000000000000000000000001838829;)
                f64.promote_f32
                global.get 0
                f32.const 0x1.174596p+14 (;=17873.396;)
                f32.sqrt
                local.tee 8
                f32.const nan (;=NaN;)
                local.get 8
                local.get 8
                f32.eq
                select
                elem.drop 0
                i64.trunc_f32_u
                i64.le_u
                v128.load16x4_s offset=682434 align=4
                i8x16.extract_lane_s 12
                i32.load offset=33488 align=1
                f32.load offset=164924 align=1
                f32.nearest
                local.tee 9
                f32.const nan (;=NaN;)
                local.get 9
                local.get 9
                f32.eq
                select
                table.size 0
                i64.load8_s offset=40042
                table.size 0
                table.get 1
                f64.const -0x1.a09f9a8d48987p-227 (;=-0.000000000000000000000000000000000000000000000000000000000000000000007545616556496791;)
                table.size 2
                i8x16.splat
                f32x4.nearest
                local.tee 10
                v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                local.get 10
                local.get 10
                f32x4.eq
                v128.bitselect
                i32x4.extend_low_i16x8_u
                i32x4.bitmask
                v128.load32_splat offset=156703
                f32x4.convert_i32x4_u
                f64x2.trunc
                local.tee 11
                v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                local.get 11
                local.get 11
                f64x2.eq
                v128.bitselect
                i8x16.abs
                i64x2.extend_high_i32x4_s
                elem.drop 0
                i64x2.bitmask
                v128.load offset=132078 align=8
                i8x16.extract_lane_u 12
                memory.size
                i32.le_s
                global.set 1
                i64.reinterpret_f64
                global.get 6
                i64.xor
                global.set 6
                drop
                global.get 5
                i64.xor
                global.set 5
                i32.reinterpret_f32
                global.get 4
                i32.xor
                global.set 4
                i64.reinterpret_f64
                global.get 6
                i64.xor
                global.set 6
                i64.reinterpret_f64
                global.get 6
                i64.xor
                global.set 6
                global.get 5
                i64.xor
                global.set 5
                i32.reinterpret_f32
                global.get 4
                i32.xor
                global.set 4
                i32.reinterpret_f32
                global.get 4
                i32.xor
                global.set 4
                i64.const -4497439113419909693
              end
              global.get 5
              i64.xor
              global.set 5
              i64.reinterpret_f64
              global.get 6
              i64.xor
              global.set 6
              i32.reinterpret_f32
              global.get 4
              i32.xor
              global.set 4
              global.get 5
              i64.xor
              global.set 5
              i64.reinterpret_f64
              global.get 6
              i64.xor
              global.set 6
              global.get 3
              v128.xor
              global.set 3
              i64.const -16385
            end
            global.get 5
            i64.xor
            global.set 5
            drop
            i32.reinterpret_f32
            global.get 4
            i32.xor
            global.set 4
            drop
            global.get 3
            v128.xor
            global.set 3
            drop
            drop
            i64.reinterpret_f64
            global.get 6
            i64.xor
            global.set 6
            global.get 2
            i32.xor
            global.set 2
            i64.const 4503599627370495
          end
          global.get 5
          i64.xor
          global.set 5
          global.get 5
          i64.xor
          global.set 5
        end
        global.get 5
        i64.xor
        global.set 5
        global.get 3
        v128.xor
        global.set 3
        global.get 2
        i32.xor
        global.set 2
        drop
      end
      global.get 5
      i64.xor
      global.set 5
      global.get 3
      v128.xor
      global.set 3
    end
  )
  (func (;6;) (type 0) (result i64)
    (local f32 f32 v128 v128 v128 v128 v128 v128)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    ref.null extern
    ref.is_null
    i32.load16_u offset=194106 align=1
    i32.load offset=191014
    call 1
    data.drop 0
    f64.reinterpret_i64
    f32.demote_f64
    f32.ceil
    local.tee 0
    f32.const nan (;=NaN;)
    local.get 0
    local.get 0
    f32.eq
    select
    f32.trunc
    local.tee 1
    f32.const nan (;=NaN;)
    local.get 1
    local.get 1
    f32.eq
    select
    f32.neg
    i32.trunc_f32_s
    i32.div_u
    i64.extend_i32_u
    i64.eqz
    i32.load8_s offset=474362
    i32.eqz
    nop
    i32.ctz
    call_indirect 1 (type 0)
    table.size 1
    v128.load8_splat offset=83226
    v128.const i32x4 0x4834c891 0x6f7f54d3 0xd3b290f7 0x534db21f
    i8x16.all_true
    i16x8.replace_lane 2
    i8x16.popcnt
    i16x8.extract_lane_u 0
    i32.load8_u offset=122494
    i64.load offset=30817 align=4
    i64.xor
    ref.null extern
    loop (result f32) ;; label = @1
      global.get 7
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 7
      i32.const 1
      i32.sub
      global.set 7
      block (type 0) (result i64) ;; label = @2
        v128.const i32x4 0xa67db008 0x9b0d592c 0x2f57cabe 0x0b718e34
        f32x4.neg
        v128.not
        memory.size
        i32.clz
        loop (result i64) ;; label = @3
          global.get 7
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 7
          i32.const 1
          i32.sub
          global.set 7
          i32.const 8192
          v128.load8x8_u offset=123112 align=4
          i16x8.bitmask
          memory.grow
          ref.null extern
          global.get 1
          v128.load64_zero offset=72954 align=4
          f32x4.sqrt
          local.tee 2
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          local.get 2
          local.get 2
          f32x4.eq
          v128.bitselect
          f32.const 0x1.fp-145 (;=0.000000000000000000000000000000000000000000043;)
          v128.const i32x4 0xf9ad8bd1 0x9ad55243 0x8aab688b 0x1a13ea90
          i64x2.extend_low_i32x4_s
          i32x4.trunc_sat_f32x4_u
          f64x2.ceil
          local.tee 3
          v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
          local.get 3
          local.get 3
          f64x2.eq
          v128.bitselect
          i64x2.extend_low_i32x4_u
          i32x4.bitmask
          global.set 1
          block (result f32) ;; label = @4
            br 1 (;@3;)
            i64.const -536870913
            i32.wrap_i64
            v128.load8x8_s offset=1039364742 align=1
            global.get 1
            i16x8.shr_s
            f64x2.sqrt
            local.tee 4
            v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
            local.get 4
            local.get 4
            f64x2.eq
            v128.bitselect
            f64x2.nearest
            local.tee 5
            v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
            local.get 5
            local.get 5
            f64x2.eq
            v128.bitselect
            i64x2.extend_low_i32x4_u
            i16x8.extend_high_i8x16_s
            f32x4.convert_i32x4_u
            i8x16.extract_lane_s 9
            i32x4.splat
            i32x4.neg
            i64x2.extend_high_i32x4_u
            f32x4.trunc
            local.tee 6
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            local.get 6
            local.get 6
            f32x4.eq
            v128.bitselect
            i32x4.extract_lane 1
            v128.load16x4_s offset=16993
            i32x4.bitmask
            v128.load32_zero offset=545413 align=2
            i64x2.extract_lane 1
            f64.convert_i64_s
            i64.const 65536
            i32.wrap_i64
            i32.load16_u offset=65991 align=1
            i32.clz
            v128.load64_zero offset=162422
            i16x8.bitmask
            v128.load32_splat offset=87919 align=1
            f32x4.ceil
            local.tee 7
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            local.get 7
            local.get 7
            f32x4.eq
            v128.bitselect
            i16x8.abs
            f32x4.demote_f64x2_zero
            i8x16.all_true
            i64.load8_u offset=1233
            block ;; label = @5
              global.get 1
              i64.load8_u offset=22053
              br 0 (;@5;)
              i64.extend32_s
              table.size 0
              i64.load32_s offset=55097
              i64.rem_u
              f32.convert_i64_u
              i32.trunc_sat_f32_s
              v128.const i32x4 0xd9677a8c 0x970afe4a 0x0a668cbc 0xe302a092
              v128.store16_lane offset=131885 4
              v128.const i32x4 0xc10fc9ff 0xcff9031a 0x8fb30fbb 0xa9d57289
              i16x8.neg
              global.get 0
              f64.const -0x1.b7af9be43b264p+729 (;=-4850309858171870300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
              memory.size
              table.size 2
              i32.store offset=194565 align=1
              i64.const -536870913
              i64.ctz
              loop (result f64) ;; label = @6
                global.get 7
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 7
                i32.const 1
                i32.sub
                global.set 7
                data.drop 0
                elem.drop 0
                global.get 1
                i8x16.splat
                f32.const 0x1.9fffep-130 (;=0.00000000000000000000000000000000000000119386;)
                table.size 2
                br 0 (;@6;)
                call 1
                i64.store offset=47383 align=4
                data.drop 3
                i32.trunc_f32_u
                v128.load8x8_u offset=36069 align=4
                i64x2.neg
                memory.size
                table.size 0
                v128.const i32x4 0x4df34e68 0xb3091cba 0xde01c11a 0x28ef21bd
                i64x2.all_true
                loop (type 0) (result i64) ;; label = @7
                  global.get 7
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 7
                  i32.const 1
                  i32.sub
                  global.set 7
                  br 6 (;@1;)
                  data.drop 2
                  table.size 2
                  i64.load8_u offset=153854
                  i64.eqz
                  i64.load16_u offset=140465 align=1
                  i32.wrap_i64
                  f32.convert_i32_u
                  i64.const -257
                  ref.null extern
                  loop (type 0) (result i64) ;; label = @8
                    global.get 7
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 7
                    i32.const 1
                    i32.sub
                    global.set 7
                    ref.null extern
                    global.get 1
                    i64.load16_u offset=88476 align=1
                    br 8
                    block ;; label = @9
                      unreachable
                      f32.const 0x1.a54b5cp+100 (;=2086148700000000000000000000000;)
                      call 1
                      i64.eqz
                      v128.load16x4_u offset=565441 align=2
                      i16x8.all_true
                      global.get 2
                      i32.xor
                      global.set 2
                      i32.reinterpret_f32
                      global.get 4
                      i32.xor
                      global.set 4
                    end
                    drop
                    i64.const 1024
                  end
                  global.get 5
                  i64.xor
                  global.set 5
                  drop
                  global.get 5
                  i64.xor
                  global.set 5
                  i32.reinterpret_f32
                  global.get 4
                  i32.xor
                  global.set 4
                  i64.const 9007199254740992
                end
                global.get 5
                i64.xor
                global.set 5
                global.get 2
                i32.xor
                global.set 2
                global.get 2
                i32.xor
                global.set 2
                global.get 2
                i32.xor
                global.set 2
                global.get 3
                v128.xor
                global.set 3
                global.get 3
                v128.xor
                global.set 3
                f64.const 0x1.fffffffffcp-1036 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000271615461243;)
              end
              i64.reinterpret_f64
              global.get 6
              i64.xor
              global.set 6
              drop
              i64.reinterpret_f64
              global.get 6
              i64.xor
              global.set 6
              global.get 5
              i64.xor
              global.set 5
              global.get 3
              v128.xor
              global.set 3
            end
            global.get 5
            i64.xor
            global.set 5
            i64.reinterpret_f64
            global.get 6
            i64.xor
            global.set 6
            f32.const -nan:0x7ffff0 (;=NaN;)
          end
          i32.reinterpret_f32
          global.get 4
          i32.xor
          global.set 4
          i32.reinterpret_f32
          global.get 4
          i32.xor
          global.set 4
          global.get 3
          v128.xor
          global.set 3
          drop
          global.get 2
          i32.xor
          global.set 2
          i64.const -9
        end
        global.get 5
        i64.xor
        global.set 5
        global.get 2
        i32.xor
        global.set 2
        global.get 3
        v128.xor
        global.set 3
        i64.const 4294967296
      end
      global.get 5
      i64.xor
      global.set 5
      f32.const 0x1.0b7538p+87 (;=161668370000000000000000000;)
    end
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    drop
  )
  (data (;0;) (i32.const 10422) "")
  (data (;1;) (i32.const 11594) "d\84")
  (data (;2;) "\1d|\9d")
  (data (;3;) (i32.const 0) "\9d")
)
