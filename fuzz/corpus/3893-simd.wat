(module
  (type (;0;) (func))
  (type (;1;) (func))
  (type (;2;) (func (param i64)))
  (type (;3;) (func))
  (type (;4;) (func (param externref i64 i32) (result v128 f32)))
  (table (;0;) 0 998 funcref)
  (table (;1;) 0 112 externref)
  (table (;2;) 912 914 funcref)
  (memory (;0;) 15 15)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (global (;4;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;5;) (mut i32) i32.const 500)
  (export "3w4b\u{356}s" (func 0))
  (export "" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (func 4))
  (export "5" (table 0))
  (export "6" (table 1))
  (export "7" (table 2))
  (export "8" (memory 0))
  (export "9" (global 0))
  (export "8U" (global 1))
  (export "11" (global 2))
  (export "12" (global 3))
  (export "13" (global 4))
  (func (;0;) (type 3)
    (local f32 v128 v128 v128 v128 f64)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    table.size 2
    i32.extend16_s
    f32.convert_i32_u
    f32.trunc
    local.tee 0
    f32.const nan (;=NaN;)
    local.get 0
    local.get 0
    f32.eq
    select
    f32.neg
    v128.const i32x4 0x7ad0b181 0x855b2c02 0x85405c68 0x7d0c0e1a
    f32x4.extract_lane 0
    f32.lt
    br_if 0
    block (result i32) ;; label = @1
      call 1
      br 1
      i64.const -8589934593
      ref.null func
      br 1
      br 1
      memory.size
      memory.size
      f64.load offset=820024 align=2
      f32.demote_f64
      i32.trunc_sat_f32_u
      i32.const 1681188080
      i32.store offset=47008 align=2
      f32.load offset=509250 align=1
      table.size 1
      loop (result i32) ;; label = @2
        global.get 5
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 5
        i32.const 1
        i32.sub
        global.set 5
        call 2
        i32.const 8191
      end
      block (type 3) ;; label = @2
        v128.const i32x4 0x8dd21303 0xb804a620 0xf26ca9d9 0x23af64fa
        i32x4.extend_high_i16x8_s
        i8x16.extract_lane_u 5
        br_if 0 (;@2;)
        table.size 2
        i32.eqz
        br_table 0 (;@2;) 2 0 (;@2;)
        f32.const -0x1p+121 (;=-2658456000000000000000000000000000000;)
        memory.size
        v128.load16x4_u offset=10517
        f64x2.floor
        local.tee 1
        v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
        local.get 1
        local.get 1
        f64x2.eq
        v128.bitselect
        i8x16.popcnt
        i32x4.neg
        i32x4.extadd_pairwise_i16x8_u
        f32x4.convert_i32x4_u
        f32x4.floor
        local.tee 2
        v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
        local.get 2
        local.get 2
        f32x4.eq
        v128.bitselect
        f64.const 0x1.d8ce593287fa7p-308 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000035416398365191236;)
        i64.trunc_f64_u
        f32.convert_i64_s
        table.size 0
        i32.popcnt
        f64.const -nan:0xffe0000000000 (;=NaN;)
        f64.abs
        block (type 0) ;; label = @3
          call 0
          call 1
          br 3
          i64.const 35184372088831
          memory.size
          br 2 (;@1;)
          memory.size
          v128.load32x2_s offset=267615 align=2
          i32x4.trunc_sat_f64x2_u_zero
          i32x4.extadd_pairwise_i16x8_s
          i16x8.neg
          f32x4.trunc
          local.tee 3
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          local.get 3
          local.get 3
          f32x4.eq
          v128.bitselect
          f32x4.trunc
          local.tee 4
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          local.get 4
          local.get 4
          f32x4.eq
          v128.bitselect
          i16x8.bitmask
          memory.size
          i32.sub
          v128.load8x8_s offset=873529 align=2
          i32x4.extend_low_i16x8_u
          i32x4.extend_high_i16x8_s
          i64x2.all_true
          i64.load offset=94236 align=2
          i64.le_u
          i32.extend16_s
          v128.load32x2_s offset=232128 align=4
          f64.const 0x1.b034a0ec3c491p-69 (;=0.0000000000000000000028600966145284724;)
          table.size 1
          v128.load8x8_u offset=515936 align=1
          v128.const i32x4 0x67c98625 0xa8110612 0xa831d293 0x33fb1398
          i16x8.all_true
          block (type 3) ;; label = @4
            block (result f32) ;; label = @5
              loop (type 0) ;; label = @6
                global.get 5
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 5
                i32.const 1
                i32.sub
                global.set 5
              end
              f32.const 0x1.fp-145 (;=0.000000000000000000000000000000000000000000043;)
              i32.reinterpret_f32
              f64.convert_i32_u
              i64.trunc_sat_f64_s
              f32.const 0x1.fp-145 (;=0.000000000000000000000000000000000000000000043;)
              f64.const 0x1.fffffffcp-1044 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001060997895;)
              f64.trunc
              local.tee 5
              f64.const nan (;=NaN;)
              local.get 5
              local.get 5
              f64.eq
              select
              memory.size
              br_if 2 (;@3;)
              ref.null extern
              block (type 1) ;; label = @6
              end
              drop
              i64.reinterpret_f64
              global.get 0
              i64.xor
              global.set 0
              i32.reinterpret_f32
              global.get 1
              i32.xor
              global.set 1
              global.get 2
              i64.xor
              global.set 2
              f32.const -0x1.d20c2p+43 (;=-16013265000000;)
            end
            i32.reinterpret_f32
            global.get 1
            i32.xor
            global.set 1
          end
          global.get 3
          i32.xor
          global.set 3
          global.get 4
          v128.xor
          global.set 4
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
          global.get 4
          v128.xor
          global.set 4
        end
        i64.reinterpret_f64
        global.get 0
        i64.xor
        global.set 0
        global.get 3
        i32.xor
        global.set 3
        i32.reinterpret_f32
        global.get 1
        i32.xor
        global.set 1
        global.get 4
        v128.xor
        global.set 4
        i32.reinterpret_f32
        global.get 1
        i32.xor
        global.set 1
      end
      global.get 3
      i32.xor
      global.set 3
      global.get 3
      i32.xor
      global.set 3
      i32.reinterpret_f32
      global.get 1
      i32.xor
      global.set 1
      drop
      global.get 2
      i64.xor
      global.set 2
      i32.const 703453205
    end
    global.get 3
    i32.xor
    global.set 3
  )
  (func (;1;) (type 1)
    (local v128 f32 v128 f64 v128 f64 v128 v128 f64 v128 f32 f32)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    call 0
    block (type 3) ;; label = @1
      memory.size
      i32x4.splat
      f64x2.trunc
      local.tee 0
      v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
      local.get 0
      local.get 0
      f64x2.eq
      v128.bitselect
      f64x2.neg
      i16x8.extend_high_i8x16_u
      i16x8.extract_lane_u 0
      v128.load8x8_u offset=244451
      i64x2.all_true
      i32.load8_u offset=816279
      v128.load8x8_u offset=34039 align=2
      i8x16.neg
      i16x8.extadd_pairwise_i8x16_s
      i8x16.extract_lane_s 13
      i32.load8_s offset=759100
      v128.load offset=350926 align=4
      i32x4.trunc_sat_f32x4_s
      f32x4.convert_i32x4_u
      i32x4.extend_low_i16x8_u
      loop (type 3) ;; label = @2
        global.get 5
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 5
        i32.const 1
        i32.sub
        global.set 5
        br 2
        i64.const 8191
        i64.eqz
        loop ;; label = @3
          global.get 5
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 5
          i32.const 1
          i32.sub
          global.set 5
          memory.size
          if (result f64) ;; label = @4
            br 3 (;@1;)
            i32.const 1478365735
            f32.reinterpret_i32
            f32.trunc
            local.tee 1
            f32.const nan (;=NaN;)
            local.get 1
            local.get 1
            f32.eq
            select
            memory.size
            v128.load16x4_u offset=653759 align=4
            f32x4.ceil
            local.tee 2
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            local.get 2
            local.get 2
            f32x4.eq
            v128.bitselect
            i32x4.extend_low_i16x8_s
            i32x4.extadd_pairwise_i16x8_s
            i32.const 16
            v128.load16x4_s offset=126123 align=2
            i16x8.extmul_low_i8x16_u
            i32x4.extend_high_i16x8_u
            i32.const 64
            v128.load offset=412374 align=4
            i16x8.extmul_low_i8x16_s
            i64x2.extract_lane 0
            f64.const -0x1.59c4994c96937p-245 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000023888883355482836;)
            f64.trunc
            local.tee 3
            f64.const nan (;=NaN;)
            local.get 3
            local.get 3
            f64.eq
            select
            f64.abs
            memory.size
            table.get 1
            table.size 1
            i32.load8_s offset=600558
            i32.ctz
            v128.load8_splat offset=491471
            call 2
            i32x4.extadd_pairwise_i16x8_u
            v128.const i32x4 0xe44941fa 0x933dba5b 0x81c4cc5d 0x11f0d980
            f32x4.abs
            i8x16.neg
            f32x4.add
            local.tee 4
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            local.get 4
            local.get 4
            f32x4.eq
            v128.bitselect
            i16x8.extend_low_i8x16_s
            i32x4.all_true
            v128.load16x4_s offset=277719 align=4
            i16x8.all_true
            f32.load offset=772512 align=1
            ref.null extern
            i32.const 998
            f64.const -nan:0xffffffffff7ff (;=NaN;)
            block ;; label = @5
              i64.const -1780098654806790757
              i64.popcnt
              br 0 (;@5;)
              f64.const 0x1.ffffffp-1050 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000165780916;)
              f64.abs
              f64.ceil
              local.tee 5
              f64.const nan (;=NaN;)
              local.get 5
              local.get 5
              f64.eq
              select
              f64x2.splat
              i32x4.trunc_sat_f32x4_u
              f32x4.trunc
              local.tee 6
              v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
              local.get 6
              local.get 6
              f32x4.eq
              v128.bitselect
              i32.const -1753913248
              i32x4.shr_s
              f32x4.nearest
              local.tee 7
              v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
              local.get 7
              local.get 7
              f32x4.eq
              v128.bitselect
              i32x4.trunc_sat_f64x2_u_zero
              f32x4.neg
              i32x4.extadd_pairwise_i16x8_s
              i32x4.trunc_sat_f64x2_u_zero
              i32x4.extend_high_i16x8_s
              i16x8.extadd_pairwise_i8x16_u
              f64x2.extract_lane 1
              f64.trunc
              local.tee 8
              f64.const nan (;=NaN;)
              local.get 8
              local.get 8
              f64.eq
              select
              i32.trunc_sat_f64_s
              i32.load16_s offset=911656 align=1
              loop (result externref) ;; label = @6
                global.get 5
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 5
                i32.const 1
                i32.sub
                global.set 5
                i32.const 434244503
                memory.grow
                br 5 (;@1;)
                f32.const nan (;=NaN;)
                block (type 1) ;; label = @7
                  memory.size
                  v128.load32_zero offset=853211
                  ref.null extern
                  table.size 1
                  i32.extend8_s
                  v128.const i32x4 0x68f09901 0xe9bbf8b1 0x608b6a6b 0xe3fb3090
                  i64x2.all_true
                  v128.load offset=505112 align=8
                  i32x4.extract_lane 1
                  i64.load32_s offset=102699 align=1
                  table.size 0
                  i32.extend16_s
                  v128.load8_splat offset=221290
                  br 4 (;@3;)
                  i16x8.extend_low_i8x16_s
                  f64x2.ceil
                  local.tee 9
                  v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                  local.get 9
                  local.get 9
                  f64x2.eq
                  v128.bitselect
                  i8x16.extract_lane_s 9
                  f32.convert_i32_s
                  f32.const -0x1.8bd578p+99 (;=-980037200000000000000000000000;)
                  f32.max
                  local.tee 10
                  f32.const nan (;=NaN;)
                  local.get 10
                  local.get 10
                  f32.eq
                  select
                  f32.trunc
                  local.tee 11
                  f32.const nan (;=NaN;)
                  local.get 11
                  local.get 11
                  f32.eq
                  select
                  br 5 (;@2;)
                  f32.neg
                  f32.abs
                  i32.trunc_sat_f32_s
                  loop (type 3) ;; label = @8
                    global.get 5
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 5
                    i32.const 1
                    i32.sub
                    global.set 5
                    call 0
                    loop (result v128) ;; label = @9
                      global.get 5
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 5
                      i32.const 1
                      i32.sub
                      global.set 5
                      v128.const i32x4 0x1fd902d1 0x2030295e 0xc7fa004d 0x34296352
                      f64x2.neg
                      i16x8.all_true
                      f64.convert_i32_s
                      i64.reinterpret_f64
                      global.get 0
                      i64.xor
                      global.set 0
                      v128.const i32x4 0x45adfb18 0xa45a635d 0x8f6c09fa 0x64c0c9ec
                    end
                    global.get 4
                    v128.xor
                    global.set 4
                  end
                  global.get 3
                  i32.xor
                  global.set 3
                  global.get 2
                  i64.xor
                  global.set 2
                  global.get 3
                  i32.xor
                  global.set 3
                  drop
                  global.get 4
                  v128.xor
                  global.set 4
                end
                i32.reinterpret_f32
                global.get 1
                i32.xor
                global.set 1
                global.get 3
                i32.xor
                global.set 3
                ref.null extern
              end
              drop
              global.get 3
              i32.xor
              global.set 3
              global.get 2
              i64.xor
              global.set 2
            end
            drop
            global.get 3
            i32.xor
            global.set 3
            drop
            i32.reinterpret_f32
            global.get 1
            i32.xor
            global.set 1
            drop
            i64.reinterpret_f64
            global.get 0
            i64.xor
            global.set 0
            global.get 2
            i64.xor
            global.set 2
            i32.reinterpret_f32
            global.get 1
            i32.xor
            global.set 1
            f64.const -nan:0xfffffffffdfff (;=NaN;)
          else
            f64.const 0x1.p-1059 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000161895;)
          end
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
        end
        global.get 3
        i32.xor
        global.set 3
      end
      global.get 4
      v128.xor
      global.set 4
    end
  )
  (func (;2;) (type 1)
    (local i64 f64 v128 v128 f64 v128 f32 f64 f64 f64 v128 f64 f64 v128 v128)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    br 0
    loop ;; label = @1
      global.get 5
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 5
      i32.const 1
      i32.sub
      global.set 5
      call 2
      loop (type 1) ;; label = @2
        global.get 5
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 5
        i32.const 1
        i32.sub
        global.set 5
        ref.null func
        loop (type 0) ;; label = @3
          global.get 5
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 5
          i32.const 1
          i32.sub
          global.set 5
          call 1
          local.get 1
          memory.size
          i32.const 1570615863
          i32.gt_u
          v128.load16_splat offset=902003
          f32x4.nearest
          local.tee 2
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          local.get 2
          local.get 2
          f32x4.eq
          v128.bitselect
          f32x4.demote_f64x2_zero
          i8x16.abs
          i32x4.bitmask
          i32.clz
          i32.extend16_s
          i16x8.splat
          f64x2.floor
          local.tee 3
          v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
          local.get 3
          local.get 3
          f64x2.eq
          v128.bitselect
          f32x4.extract_lane 1
          i64.trunc_sat_f32_u
          nop
          return
          local.tee 0
          v128.const i32x4 0xa9d5d7b8 0xd6a553db 0x2e495859 0x0df2fb86
          i16x8.extend_high_i8x16_u
          f32x4.demote_f64x2_zero
          i16x8.extadd_pairwise_i8x16_u
          f32x4.abs
          i8x16.all_true
          i64.load16_u offset=33673
          f64.convert_i64_u
          nop
          local.tee 1
          i64.trunc_f64_u
          i64.rotl
          local.get 1
          br 3
          i64.trunc_sat_f64_u
          i64.shl
          local.set 0
          i64.trunc_f64_u
          i64.extend8_s
          f64.reinterpret_i64
          f64.floor
          local.tee 4
          f64.const nan (;=NaN;)
          local.get 4
          local.get 4
          f64.eq
          select
          f32.demote_f64
          i64.const 310961714165459353
          loop (type 2) (param i64) ;; label = @4
            global.get 5
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 5
            i32.const 1
            i32.sub
            global.set 5
            call 1
            table.size 2
            v128.load32_splat offset=560030
            f32x4.sqrt
            local.tee 5
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            local.get 5
            local.get 5
            f32x4.eq
            v128.bitselect
            i32x4.trunc_sat_f32x4_u
            i32x4.extend_low_i16x8_s
            f32.const -nan:0x7f8000 (;=NaN;)
            i32.trunc_sat_f32_s
            f64.convert_i32_s
            i32.const 2097151
            f32.convert_i32_u
            f32.sqrt
            local.tee 6
            f32.const nan (;=NaN;)
            local.get 6
            local.get 6
            f32.eq
            select
            f64.const -nan:0xfffff7fffffff (;=NaN;)
            f64.sqrt
            local.tee 7
            f64.const nan (;=NaN;)
            local.get 7
            local.get 7
            f64.eq
            select
            f64.trunc
            local.tee 8
            f64.const nan (;=NaN;)
            local.get 8
            local.get 8
            f64.eq
            select
            f64.floor
            local.tee 9
            f64.const nan (;=NaN;)
            local.get 9
            local.get 9
            f64.eq
            select
            local.tee 1
            i32.const -1789269252
            if (type 0) ;; label = @5
              br 2 (;@3;)
              block (type 0) ;; label = @6
                block (result f32) ;; label = @7
                  i32.const 15
                  table.get 2
                  block (type 1) ;; label = @8
                  end
                  ref.null func
                  table.size 0
                  i32.load8_u offset=555539
                  i8x16.splat
                  i16x8.all_true
                  v128.load32_splat offset=690063 align=1
                  f32x4.nearest
                  local.tee 10
                  v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                  local.get 10
                  local.get 10
                  f32x4.eq
                  v128.bitselect
                  local.get 1
                  f64.trunc
                  local.tee 11
                  f64.const nan (;=NaN;)
                  local.get 11
                  local.get 11
                  f64.eq
                  select
                  call 2
                  local.get 1
                  f64.nearest
                  local.tee 12
                  f64.const nan (;=NaN;)
                  local.get 12
                  local.get 12
                  f64.eq
                  select
                  i64.trunc_sat_f64_s
                  f32.convert_i64_u
                  i64.trunc_sat_f32_s
                  loop (type 3) ;; label = @8
                    global.get 5
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 5
                    i32.const 1
                    i32.sub
                    global.set 5
                    loop (type 3) ;; label = @9
                      global.get 5
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 5
                      i32.const 1
                      i32.sub
                      global.set 5
                      f32.const 0x1p-119 (;=0.0000000000000000000000000000000000015046328;)
                      table.size 1
                      v128.load32_zero offset=901356
                      i32x4.trunc_sat_f64x2_u_zero
                      i32x4.extract_lane 2
                      v128.load8_splat offset=941147
                      i64x2.extend_low_i32x4_u
                      i16x8.extadd_pairwise_i8x16_s
                      i8x16.extract_lane_s 15
                      i64.load offset=479475 align=2
                      loop (type 0) ;; label = @10
                        global.get 5
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 5
                        i32.const 1
                        i32.sub
                        global.set 5
                        br 10
                        v128.const i32x4 0x19837538 0xa2ba0aa9 0x761a9cc7 0x8c94a11b
                        f32x4.ceil
                        local.tee 13
                        v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                        local.get 13
                        local.get 13
                        f32x4.eq
                        v128.bitselect
                        i16x8.all_true
                        call_indirect 2 (type 3)
                        i64.const -16
                        loop (type 3) ;; label = @11
                          global.get 5
                          i32.eqz
                          if ;; label = @12
                            unreachable
                          end
                          global.get 5
                          i32.const 1
                          i32.sub
                          global.set 5
                          ref.null func
                          table.size 2
                          i32.clz
                          br_table 0 (;@11;) 1 (;@10;) 2 (;@9;) 3 (;@8;) 5 (;@6;) 6 (;@5;) 8 (;@3;) 9 (;@2;) 10 (;@1;) 11 0 (;@11;)
                          ref.is_null
                          v128.load16x4_u offset=194593
                          i32.const -1068622535
                          i64x2.shr_s
                          i32x4.trunc_sat_f64x2_s_zero
                          f32x4.convert_i32x4_u
                          f64x2.sqrt
                          local.tee 14
                          v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                          local.get 14
                          local.get 14
                          f64x2.eq
                          v128.bitselect
                          f64x2.abs
                          global.get 4
                          v128.xor
                          global.set 4
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                      end
                      global.get 2
                      i64.xor
                      global.set 2
                      i32.reinterpret_f32
                      global.get 1
                      i32.xor
                      global.set 1
                    end
                  end
                  global.get 2
                  i64.xor
                  global.set 2
                  i64.reinterpret_f64
                  global.get 0
                  i64.xor
                  global.set 0
                  global.get 4
                  v128.xor
                  global.set 4
                  drop
                  drop
                  f32.const 0x1.p-143 (;=0.00000000000000000000000000000000000000000009;)
                end
                i32.reinterpret_f32
                global.get 1
                i32.xor
                global.set 1
              end
            end
            i64.reinterpret_f64
            global.get 0
            i64.xor
            global.set 0
            i32.reinterpret_f32
            global.get 1
            i32.xor
            global.set 1
            i64.reinterpret_f64
            global.get 0
            i64.xor
            global.set 0
            global.get 4
            v128.xor
            global.set 4
            global.get 2
            i64.xor
            global.set 2
          end
          i32.reinterpret_f32
          global.get 1
          i32.xor
          global.set 1
        end
        drop
      end
    end
  )
  (func (;3;) (type 4) (param externref i64 i32) (result v128 f32)
    (local v128)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    local.get 2
    v128.load64_splat offset=40377 align=1
    i16x8.neg
    f32x4.demote_f64x2_zero
    f64x2.convert_low_i32x4_u
    i32x4.extract_lane 1
    f32.convert_i32_s
    table.size 1
    memory.grow
    i64.load16_u offset=581549 align=1
    f32.convert_i64_u
    f32.eq
    f64.convert_i32_u
    memory.size
    i32x4.splat
    f32x4.convert_i32x4_u
    i64x2.extend_high_i32x4_u
    f64x2.neg
    i16x8.abs
    v128.const i32x4 0xcb2b84df 0xcc14d464 0x50c2bc0c 0x20994603
    i8x16.ge_s
    f64x2.nearest
    local.tee 3
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 3
    local.get 3
    f64x2.eq
    v128.bitselect
    i32x4.trunc_sat_f32x4_u
    i16x8.extract_lane_u 2
    f32.convert_i32_u
    i64.trunc_f32_u
    local.tee 1
    local.get 0
    i64.const -2557185465417627628
    i64.popcnt
    loop (type 2) (param i64) ;; label = @1
      global.get 5
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 5
      i32.const 1
      i32.sub
      global.set 5
      memory.size
      f64.convert_i32_u
      local.get 1
      i64x2.splat
      i32x4.abs
      i32x4.trunc_sat_f64x2_s_zero
      f32x4.demote_f64x2_zero
      i16x8.extend_high_i8x16_s
      loop (type 1) ;; label = @2
        global.get 5
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 5
        i32.const 1
        i32.sub
        global.set 5
        ref.null func
        block (type 0) ;; label = @3
          i64.const -137438953473
          i64.popcnt
          loop ;; label = @4
            global.get 5
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 5
            i32.const 1
            i32.sub
            global.set 5
          end
          f64.convert_i64_u
          v128.const i32x4 0x34854598 0xcf17c05d 0x75cf82b6 0xbbc03d4c
          i32x4.all_true
          global.get 3
          i32.xor
          global.set 3
          i64.reinterpret_f64
          global.get 0
          i64.xor
          global.set 0
        end
        drop
      end
      global.get 4
      v128.xor
      global.set 4
      i64.reinterpret_f64
      global.get 0
      i64.xor
      global.set 0
      global.get 2
      i64.xor
      global.set 2
    end
    drop
    global.get 2
    i64.xor
    global.set 2
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
    v128.const i32x4 0x8abae222 0x3b6d9c35 0x696e943f 0xeefeec3d
    f32.const 0x1.p-139 (;=0.000000000000000000000000000000000000000001435;)
  )
  (func (;4;) (type 2) (param i64)
    (local v128 f32 f32 v128 v128 v128 v128 v128 v128)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    local.get 0
    br 0
    f64.reinterpret_i64
    f64.abs
    local.get 0
    i64x2.splat
    f64x2.trunc
    local.tee 1
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 1
    local.get 1
    f64x2.eq
    v128.bitselect
    loop (type 3) ;; label = @1
      global.get 5
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 5
      i32.const 1
      i32.sub
      global.set 5
      loop (type 0) ;; label = @2
        global.get 5
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 5
        i32.const 1
        i32.sub
        global.set 5
        block (result i32) ;; label = @3
          br 1 (;@2;)
          call 2
          memory.size
          i64.const -18014398509481984
          i64.store16 offset=969637 align=1
          i64.const -595399665856706120
          f64.convert_i64_s
          table.size 0
          br_table 1 (;@2;) 2 (;@1;) 3 2 (;@1;)
          i32.trunc_sat_f64_u
          i64.load32_u offset=455131
          call 2
          i64.popcnt
          local.set 0
          i64.const 983044
          i32.const 134217728
          f64.convert_i32_s
          i64.trunc_f64_u
          i64.rotl
          i64.eqz
          f32.convert_i32_s
          i32.trunc_sat_f32_u
          v128.load8x8_u offset=516736
          i32x4.extadd_pairwise_i16x8_s
          f32.const -0x1.395474p-44 (;=-0.00000000000006957321;)
          i32.const 31
          i64.const -268435457
          i64.store16 offset=386772
          f32x4.replace_lane 3
          i64.const -18014398509481985
          v128.const i32x4 0xe07c2ed6 0x8dfa3103 0xfb9166e1 0xd151b2e8
          i32x4.extadd_pairwise_i16x8_u
          i8x16.all_true
          f32.const 0x1.p-149 (;=0.000000000000000000000000000000000000000000001;)
          f32.const 0x1.6771dep+46 (;=98803430000000;)
          f32.copysign
          f32.neg
          f32.sqrt
          local.tee 2
          f32.const nan (;=NaN;)
          local.get 2
          local.get 2
          f32.eq
          select
          i32.trunc_f32_u
          v128.load16x4_u offset=732228 align=1
          i32x4.trunc_sat_f32x4_s
          f32x4.neg
          loop (result v128) ;; label = @4
            global.get 5
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 5
            i32.const 1
            i32.sub
            global.set 5
            block (result f32) ;; label = @5
              i32.const 4194304
              v128.load64_splat offset=245884 align=4
              f32x4.demote_f64x2_zero
              i8x16.popcnt
              i64x2.extend_low_i32x4_s
              i64x2.all_true
              v128.load8x8_s offset=351963 align=4
              i64.const -2199023255552
              i64.const 4471334492545832030
              i64.lt_u
              nop
              i32.extend16_s
              local.get 0
              f32.convert_i64_s
              i32.trunc_sat_f32_u
              i32.load8_u offset=350620
              block (type 0) ;; label = @6
                local.get 0
                f64.reinterpret_i64
                block (type 1) ;; label = @7
                  local.get 0
                  call 0
                  br 0 (;@7;)
                  loop (result i64) ;; label = @8
                    global.get 5
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 5
                    i32.const 1
                    i32.sub
                    global.set 5
                    table.size 1
                    i32.const 913
                    i64.load8_s offset=379586
                    f32.const 0x1.ffffep-130 (;=0.000000000000000000000000000000000000001469367;)
                    f32.trunc
                    local.tee 3
                    f32.const nan (;=NaN;)
                    local.get 3
                    local.get 3
                    f32.eq
                    select
                    memory.size
                    v128.load8x8_u offset=749407
                    i8x16.popcnt
                    f32x4.abs
                    call 2
                    f64x2.sqrt
                    local.tee 4
                    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                    local.get 4
                    local.get 4
                    f64x2.eq
                    v128.bitselect
                    i16x8.extract_lane_u 3
                    v128.load8_splat offset=813052
                    f64x2.abs
                    i64x2.extend_low_i32x4_s
                    f32x4.demote_f64x2_zero
                    f64x2.sqrt
                    local.tee 5
                    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                    local.get 5
                    local.get 5
                    f64x2.eq
                    v128.bitselect
                    f32x4.sqrt
                    local.tee 6
                    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                    local.get 6
                    local.get 6
                    f32x4.eq
                    v128.bitselect
                    i16x8.extend_high_i8x16_s
                    f64x2.convert_low_i32x4_s
                    i32x4.extend_high_i16x8_s
                    i64x2.all_true
                    i32.extend8_s
                    v128.load8x8_s offset=415845
                    i8x16.extract_lane_u 10
                    v128.load64_splat offset=292411
                    table.size 1
                    i32x4.splat
                    f64x2.convert_low_i32x4_u
                    v128.any_true
                    v128.load8x8_s offset=181927 align=2
                    i64x2.extract_lane 0
                    i64.clz
                    i64.ctz
                    block (type 2) (param i64) ;; label = @9
                      f64.reinterpret_i64
                      f64.const 0x1.fffcp-1060 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000016189;)
                      f32.const 0x1.aaaaaap+43 (;=14660155000000;)
                      loop (type 3) ;; label = @10
                        global.get 5
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 5
                        i32.const 1
                        i32.sub
                        global.set 5
                        call 1
                        v128.const i32x4 0xf34fc02c 0xf457ce5d 0xd9e0afc2 0xa75ce13c
                        i32x4.trunc_sat_f32x4_u
                        i64x2.extend_high_i32x4_s
                        i64x2.extract_lane 0
                        local.set 0
                        loop (result f32) ;; label = @11
                          global.get 5
                          i32.eqz
                          if ;; label = @12
                            unreachable
                          end
                          global.get 5
                          i32.const 1
                          i32.sub
                          global.set 5
                          br 1 (;@10;)
                          block ;; label = @12
                          end
                          local.get 0
                          block (type 2) (param i64) ;; label = @12
                            i64.eqz
                            i32.eqz
                            i64.load32_s offset=384261
                            f64.convert_i64_s
                            v128.const i32x4 0x36a57e94 0xb3221527 0x521e7452 0x898902f6
                            i16x8.extend_high_i8x16_s
                            f32x4.trunc
                            local.tee 7
                            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                            local.get 7
                            local.get 7
                            f32x4.eq
                            v128.bitselect
                            i32.const 8388608
                            v128.load8x8_s offset=425808 align=2
                            i32x4.max_u
                            i32x4.abs
                            f32x4.sqrt
                            local.tee 8
                            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                            local.get 8
                            local.get 8
                            f32x4.eq
                            v128.bitselect
                            i32x4.extadd_pairwise_i16x8_s
                            i32x4.abs
                            i8x16.bitmask
                            v128.load8_splat offset=804966
                            f32x4.abs
                            f32x4.sqrt
                            local.tee 9
                            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                            local.get 9
                            local.get 9
                            f32x4.eq
                            v128.bitselect
                            global.get 4
                            v128.xor
                            global.set 4
                            i64.reinterpret_f64
                            global.get 0
                            i64.xor
                            global.set 0
                          end
                          f32.const 0x1.5f44ep-72 (;=0.00000000000000000000029056294;)
                        end
                        i32.reinterpret_f32
                        global.get 1
                        i32.xor
                        global.set 1
                      end
                      i32.reinterpret_f32
                      global.get 1
                      i32.xor
                      global.set 1
                      i64.reinterpret_f64
                      global.get 0
                      i64.xor
                      global.set 0
                      i64.reinterpret_f64
                      global.get 0
                      i64.xor
                      global.set 0
                    end
                    global.get 4
                    v128.xor
                    global.set 4
                    i32.reinterpret_f32
                    global.get 1
                    i32.xor
                    global.set 1
                    global.get 2
                    i64.xor
                    global.set 2
                    global.get 3
                    i32.xor
                    global.set 3
                    i64.const 281474976710655
                  end
                  global.get 2
                  i64.xor
                  global.set 2
                  global.get 2
                  i64.xor
                  global.set 2
                end
                i64.reinterpret_f64
                global.get 0
                i64.xor
                global.set 0
              end
              global.get 3
              i32.xor
              global.set 3
              global.get 3
              i32.xor
              global.set 3
              global.get 4
              v128.xor
              global.set 4
              f32.const -nan:0x7fffe0 (;=NaN;)
            end
            i32.reinterpret_f32
            global.get 1
            i32.xor
            global.set 1
            v128.const i32x4 0x2b6c302a 0x980c9606 0x2d22a3fa 0xe668c7a1
          end
          global.get 4
          v128.xor
          global.set 4
          global.get 4
          v128.xor
          global.set 4
          global.get 3
          i32.xor
          global.set 3
          global.get 2
          i64.xor
          global.set 2
          global.get 4
          v128.xor
          global.set 4
          i32.const -1446257543
        end
        global.get 3
        i32.xor
        global.set 3
      end
    end
    global.get 4
    v128.xor
    global.set 4
    i64.reinterpret_f64
    global.get 0
    i64.xor
    global.set 0
  )
)
