(module
  (type (;0;) (func (param i32 f32) (result f64 f32)))
  (table (;0;) 35 994 externref)
  (memory (;0;) 6 15)
  (global (;0;) (mut f32) f32.const -0x1.f531dep-90 (;=-0.0000000000000000000000000015814919;))
  (global (;1;) v128 v128.const i32x4 0x6c542df7 0xe5e146ba 0x1624bf97 0xc446dd50)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i32) i32.const 0)
  (global (;5;) (mut i64) i64.const 0)
  (global (;6;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;7;) (mut i32) i32.const 500)
  (export "" (func 0))
  (export "1" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (func 4))
  (export "5" (table 0))
  (export "6" (memory 0))
  (export "7" (global 0))
  (export "8" (global 1))
  (export "69" (global 2))
  (export "10" (global 3))
  (export "GMiO\u{1a}" (global 4))
  (export "x" (global 5))
  (export "13" (global 6))
  (func (;0;) (type 0) (param i32 f32) (result f64 f32)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    i32.const 255
    i32.load16_s offset=169089 align=1
    global.get 1
    i8x16.all_true
    i32.load offset=362396 align=1
    i32.ctz
    i16x8.splat
    v128.not
    f64x2.convert_low_i32x4_u
    v128.store16_lane offset=285294 0
    table.size 0
    local.get 1
    local.set 1
    v128.load16_splat offset=142493
    i64.const 4194303
    v128.const i32x4 0x3aa833a1 0xb613c0c7 0x2ae0f502 0xcc06bf96
    block ;; label = @1
      i32.const 983036
      i32.load8_u offset=353524
      loop (result i32) ;; label = @2
        global.get 7
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 7
        i32.const 1
        i32.sub
        global.set 7
        block (result externref) ;; label = @3
          br 2 (;@1;)
          i64.const -2
          loop ;; label = @4
            global.get 7
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 7
            i32.const 1
            i32.sub
            global.set 7
            data.drop 2
            i64.const 8440092863236798433
            ref.null extern
            block (result i64) ;; label = @5
              table.size 0
              f64.const 0x1.fffep-1059 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000323786;)
              ref.null extern
              ref.null func
              ref.null func
              f32.const -0x1p-23 (;=-0.00000011920929;)
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
                global.get 0
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
              end
              i32.reinterpret_f32
              global.get 2
              i32.xor
              global.set 2
              drop
              drop
              drop
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
              global.get 4
              i32.xor
              global.set 4
              i64.const 994
            end
            global.get 5
            i64.xor
            global.set 5
            drop
            global.get 5
            i64.xor
            global.set 5
          end
          global.get 5
          i64.xor
          global.set 5
          ref.null extern
        end
        drop
        i32.const 16384
      end
      global.get 4
      i32.xor
      global.set 4
      global.get 4
      i32.xor
      global.set 4
    end
    global.get 6
    v128.xor
    global.set 6
    global.get 5
    i64.xor
    global.set 5
    global.get 6
    v128.xor
    global.set 6
    f64.const -nan:0xfffffff000000 (;=NaN;)
    f32.const -0x1.da1d4ap+112 (;=-9616182700000000000000000000000000;)
  )
  (func (;1;) (type 0) (param i32 f32) (result f64 f32)
    (local i32 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 v128 f64)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    table.size 0
    local.tee 2
    i64.const -2199023255552
    table.size 0
    v128.load32x2_s offset=77436 align=1
    v128.not
    i32x4.neg
    i64x2.abs
    f64x2.nearest
    local.tee 3
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 3
    local.get 3
    f64x2.eq
    v128.bitselect
    i64x2.extend_high_i32x4_u
    i16x8.extend_high_i8x16_s
    f32x4.abs
    f64x2.neg
    local.get 0
    i64.load offset=129452 align=1
    i32.const -940950638
    v128.load64_splat offset=390527 align=2
    ref.null func
    v128.const i32x4 0x88094ce4 0xff3073ef 0xc6327987 0x07ee6497
    i32x4.extend_low_i16x8_s
    memory.size
    v128.load32_splat offset=67334 align=2
    f32x4.ge
    f32.const 0x1.8001p-131 (;=0.000000000000000000000000000000000000000551019;)
    data.drop 3
    i32.reinterpret_f32
    i8x16.shr_u
    i32x4.extract_lane 3
    v128.load8x8_u offset=1043 align=2
    i32x4.neg
    i32x4.extend_high_i16x8_s
    f64x2.ceil
    local.tee 4
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 4
    local.get 4
    f64x2.eq
    v128.bitselect
    i32x4.extadd_pairwise_i16x8_s
    f32x4.trunc
    local.tee 5
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 5
    local.get 5
    f32x4.eq
    v128.bitselect
    i32x4.trunc_sat_f32x4_s
    i32x4.all_true
    v128.load offset=301283 align=4
    i8x16.abs
    i32x4.neg
    f64x2.nearest
    local.tee 6
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 6
    local.get 6
    f64x2.eq
    v128.bitselect
    i32x4.extend_high_i16x8_s
    f64x2.neg
    f32x4.floor
    local.tee 7
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 7
    local.get 7
    f32x4.eq
    v128.bitselect
    f64x2.nearest
    local.tee 8
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 8
    local.get 8
    f64x2.eq
    v128.bitselect
    f32x4.ceil
    local.tee 9
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 9
    local.get 9
    f32x4.eq
    v128.bitselect
    i32x4.extadd_pairwise_i16x8_s
    i64x2.neg
    i16x8.extend_low_i8x16_u
    i64x2.extend_low_i32x4_s
    i32x4.trunc_sat_f64x2_s_zero
    i8x16.all_true
    global.get 1
    i16x8.extadd_pairwise_i8x16_u
    memory.size
    v128.load32x2_u offset=240779 align=4
    f32x4.convert_i32x4_s
    i16x8.extadd_pairwise_i8x16_u
    i8x16.bitmask
    i64x2.shr_s
    f64x2.convert_low_i32x4_u
    i32x4.extend_low_i16x8_u
    i8x16.all_true
    i32.ge_s
    f32.const -nan:0x7fffc0 (;=NaN;)
    i32.trunc_f32_u
    i32.const 8192
    f32.reinterpret_i32
    global.get 1
    data.drop 3
    f32x4.demote_f64x2_zero
    f32x4.ceil
    local.tee 10
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 10
    local.get 10
    f32x4.eq
    v128.bitselect
    i64x2.bitmask
    v128.load16x4_s offset=34427 align=1
    i64x2.all_true
    i16x8.splat
    f64x2.sqrt
    local.tee 11
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 11
    local.get 11
    f64x2.eq
    v128.bitselect
    i16x8.extadd_pairwise_i8x16_s
    i32x4.extend_high_i16x8_u
    i32x4.extract_lane 1
    v128.load64_splat offset=309363
    i16x8.extract_lane_u 6
    i64.const 2694655635988613118
    global.get 1
    f64x2.ceil
    local.tee 12
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 12
    local.get 12
    f64x2.eq
    v128.bitselect
    f32x4.sqrt
    local.tee 13
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 13
    local.get 13
    f32x4.eq
    v128.bitselect
    i64x2.neg
    i32x4.trunc_sat_f64x2_u_zero
    i64x2.extend_low_i32x4_s
    f64x2.neg
    f64x2.convert_low_i32x4_s
    i64x2.abs
    f32x4.sqrt
    local.tee 14
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 14
    local.get 14
    f32x4.eq
    v128.bitselect
    i8x16.extract_lane_s 12
    v128.load32_splat offset=187922 align=2
    i32x4.trunc_sat_f64x2_s_zero
    i32x4.abs
    i32x4.trunc_sat_f32x4_s
    i8x16.neg
    v128.const i32x4 0x797adc52 0x251a7865 0xce5ceb7f 0x488d98b1
    f32x4.ge
    f32x4.abs
    i32x4.all_true
    f32.convert_i32_s
    i32.reinterpret_f32
    local.get 1
    loop (result i64) ;; label = @1
      global.get 7
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 7
      i32.const 1
      i32.sub
      global.set 7
      i32.const 839418813
      f32.convert_i32_u
      i32.trunc_sat_f32_u
      f64.load offset=367206 align=4
      f64.sqrt
      local.tee 15
      f64.const nan (;=NaN;)
      local.get 15
      local.get 15
      f64.eq
      select
      f64x2.splat
      table.size 0
      v128.load8x8_s offset=250891 align=1
      i8x16.swizzle
      f64x2.extract_lane 1
      i64.trunc_f64_u
      loop (result i32) ;; label = @2
        global.get 7
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 7
        i32.const 1
        i32.sub
        global.set 7
        i32.const 393220
        local.tee 0
        f64.load offset=46369
        i64.const 473157454072956178
        global.get 5
        i64.xor
        global.set 5
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        i32.const -311923287
      end
      global.get 4
      i32.xor
      global.set 4
    end
    global.get 5
    i64.xor
    global.set 5
    i32.reinterpret_f32
    global.get 2
    i32.xor
    global.set 2
    global.get 4
    i32.xor
    global.set 4
    global.get 5
    i64.xor
    global.set 5
    global.get 4
    i32.xor
    global.set 4
    i32.reinterpret_f32
    global.get 2
    i32.xor
    global.set 2
    global.get 4
    i32.xor
    global.set 4
    global.get 4
    i32.xor
    global.set 4
    drop
    global.get 6
    v128.xor
    global.set 6
    global.get 5
    i64.xor
    global.set 5
    global.get 6
    v128.xor
    global.set 6
    global.get 5
    i64.xor
    global.set 5
    global.get 4
    i32.xor
    global.set 4
    f64.const 0x1.ffffffp-1050 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000165780916;)
    f32.const -nan:0x7ffeff (;=NaN;)
  )
  (func (;2;) (type 0) (param i32 f32) (result f64 f32)
    (local i64 v128 i64)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    v128.const i32x4 0x4ccde138 0xead68970 0x88039223 0x8f1587a4
    i64.const -6245282682217050073
    local.tee 4
    i64.extend32_s
    i64.const -32
    i64.div_s
    i64.ctz
    data.drop 3
    i64.clz
    i64.extend16_s
    i64x2.splat
    i64.const -7580164012665117482
    i64.extend16_s
    v128.const i32x4 0x72a5d4df 0x149f631a 0x5c6dc7de 0x3909642f
    i32x4.bitmask
    global.get 4
    i32.xor
    global.set 4
    global.get 5
    i64.xor
    global.set 5
    global.get 6
    v128.xor
    global.set 6
    global.get 6
    v128.xor
    global.set 6
    f64.const -nan:0xfbfffffffffff (;=NaN;)
    f32.const nan (;=NaN;)
  )
  (func (;3;) (type 0) (param i32 f32) (result f64 f32)
    (local f32 externref v128 v128 v128 v128 v128 f32 f32 v128 v128 f64 v128)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    f32.const 0x1.p-137 (;=0.00000000000000000000000000000000000000000574;)
    i64.trunc_f32_s
    memory.size
    v128.load32x2_u offset=283623 align=4
    f32x4.demote_f64x2_zero
    f32x4.trunc
    local.tee 4
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 4
    local.get 4
    f32x4.eq
    v128.bitselect
    i32x4.abs
    f64x2.nearest
    local.tee 5
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 5
    local.get 5
    f64x2.eq
    v128.bitselect
    i64.const 2611290364995714264
    i64x2.splat
    i16x8.le_s
    i16x8.extract_lane_u 3
    loop (result i32) ;; label = @1
      global.get 7
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 7
      i32.const 1
      i32.sub
      global.set 7
      i64.const 17592186044415
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
          table.size 0
          block (result i32) ;; label = @4
            i32.const -1
            i64.load32_s offset=385631 align=1
            f64.convert_i64_u
            block (result i64) ;; label = @5
              br 3 (;@2;)
              global.get 1
              f32x4.floor
              local.tee 6
              v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
              local.get 6
              local.get 6
              f32x4.eq
              v128.bitselect
              i32x4.extadd_pairwise_i16x8_u
              f64x2.sqrt
              local.tee 7
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 7
              local.get 7
              f64x2.eq
              v128.bitselect
              f64x2.trunc
              local.tee 8
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 8
              local.get 8
              f64x2.eq
              v128.bitselect
              i8x16.all_true
              i64.load16_s offset=338827
              loop (result i64) ;; label = @6
                global.get 7
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 7
                i32.const 1
                i32.sub
                global.set 7
                f32.const -0x1.503404p-17 (;=-0.000010019636;)
                f32.floor
                local.tee 9
                f32.const nan (;=NaN;)
                local.get 9
                local.get 9
                f32.eq
                select
                i32.trunc_sat_f32_s
                f64.const 0x1.b234425d819dep+458 (;=1262385525983743600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                block (result f32) ;; label = @7
                  br 5 (;@2;)
                  br 5 (;@2;)
                  br 4 (;@3;)
                  v128.const i32x4 0xb856361d 0xaa6fffc1 0xfa95bcf9 0x2f78f87f
                  i8x16.all_true
                  v128.load offset=372801
                  f64x2.convert_low_i32x4_s
                  i16x8.extadd_pairwise_i8x16_u
                  f64x2.abs
                  i16x8.abs
                  i32x4.extract_lane 3
                  f32.const -0x1.9ad1c2p-42 (;=-0.0000000000003648809;)
                  local.tee 1
                  f32.const -0x1.e8bbep+41 (;=-4198192000000;)
                  local.get 2
                  f32.sub
                  local.tee 10
                  f32.const nan (;=NaN;)
                  local.get 10
                  local.get 10
                  f32.eq
                  select
                  local.tee 1
                  data.drop 2
                  local.get 1
                  i64.trunc_sat_f32_u
                  br 4 (;@3;)
                  v128.const i32x4 0x161c8295 0x088ec642 0x756d939f 0x1f68bc26
                  i8x16.neg
                  i32x4.extract_lane 0
                  v128.const i32x4 0x09ba06bc 0x339b6c31 0x0d637a7f 0x1aff2114
                  table.size 0
                  v128.load32_splat offset=366792 align=1
                  i64x2.extmul_low_i32x4_u
                  i16x8.extract_lane_s 7
                  i32.rotl
                  table.size 0
                  br_if 5 (;@2;)
                  v128.load16_splat offset=93024
                  i32x4.trunc_sat_f32x4_u
                  f32.const -0x1.2f1ed8p+67 (;=-174737060000000000000;)
                  block (result i32) ;; label = @8
                    block (result externref) ;; label = @9
                      local.get 2
                      data.drop 4
                      global.get 1
                      i16x8.extend_low_i8x16_u
                      f64x2.ceil
                      local.tee 11
                      v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                      local.get 11
                      local.get 11
                      f64x2.eq
                      v128.bitselect
                      v128.not
                      i64x2.neg
                      loop ;; label = @10
                        global.get 7
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 7
                        i32.const 1
                        i32.sub
                        global.set 7
                        v128.const i32x4 0xe18a6998 0x205e248b 0x5c95ad00 0x57daaf65
                        i32x4.trunc_sat_f64x2_s_zero
                        v128.const i32x4 0x52325c33 0x9bf8d807 0x7d4a7a45 0x555461f1
                        i8x16.gt_s
                        i8x16.bitmask
                        i64.load8_u offset=216884
                        f32.const 0x1.76155p-51 (;=0.000000000000000648931;)
                        f32.abs
                        v128.const i32x4 0x504dbe95 0x7837fb7e 0x58ce466e 0x0d51dec6
                        i16x8.abs
                        f32x4.trunc
                        local.tee 12
                        v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                        local.get 12
                        local.get 12
                        f32x4.eq
                        v128.bitselect
                        i64x2.extend_low_i32x4_u
                        table.size 0
                        i16x8.shr_s
                        f64x2.abs
                        f64.const -nan:0xfffffffefffff (;=NaN;)
                        f32.demote_f64
                        local.get 1
                        memory.size
                        table.size 0
                        i32.add
                        i64.extend_i32_u
                        i64.eqz
                        i32.load8_u offset=186851
                        v128.load16_splat offset=227957
                        i64x2.extend_high_i32x4_s
                        f64x2.convert_low_i32x4_s
                        i32x4.extadd_pairwise_i16x8_u
                        i16x8.bitmask
                        loop ;; label = @11
                          global.get 7
                          i32.eqz
                          if ;; label = @12
                            unreachable
                          end
                          global.get 7
                          i32.const 1
                          i32.sub
                          global.set 7
                          v128.const i32x4 0x292de23a 0x469a0254 0xa26e9388 0xf9138fdf
                          i8x16.extract_lane_u 13
                          v128.load64_splat offset=128303
                          f64x2.promote_low_f32x4
                          i8x16.extract_lane_u 13
                          i64.load16_u offset=1632699200
                          i64.const 4286578688
                          i64.gt_s
                          i64.extend_i32_s
                          br 0 (;@11;)
                          f64.reinterpret_i64
                          f64.trunc
                          local.tee 13
                          f64.const nan (;=NaN;)
                          local.get 13
                          local.get 13
                          f64.eq
                          select
                          i32.trunc_sat_f64_u
                          i32.load8_u offset=235542
                          memory.size
                          v128.load32_zero offset=266968
                          i32.const 4194303
                          i8x16.replace_lane 1
                          v128.load16_lane offset=38367 0
                          i32x4.bitmask
                          v128.load32_splat offset=55597 align=1
                          i16x8.extend_high_i8x16_u
                          v128.not
                          f64x2.ceil
                          local.tee 14
                          v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                          local.get 14
                          local.get 14
                          f64x2.eq
                          v128.bitselect
                          global.get 6
                          v128.xor
                          global.set 6
                        end
                        global.get 4
                        i32.xor
                        global.set 4
                        i32.reinterpret_f32
                        global.get 2
                        i32.xor
                        global.set 2
                        i32.reinterpret_f32
                        global.get 2
                        i32.xor
                        global.set 2
                        global.get 6
                        v128.xor
                        global.set 6
                        i32.reinterpret_f32
                        global.get 2
                        i32.xor
                        global.set 2
                        global.get 5
                        i64.xor
                        global.set 5
                      end
                      global.get 6
                      v128.xor
                      global.set 6
                      i32.reinterpret_f32
                      global.get 2
                      i32.xor
                      global.set 2
                      ref.null extern
                    end
                    drop
                    i32.const 983041
                  end
                  global.get 4
                  i32.xor
                  global.set 4
                  i32.reinterpret_f32
                  global.get 2
                  i32.xor
                  global.set 2
                  global.get 6
                  v128.xor
                  global.set 6
                  global.get 5
                  i64.xor
                  global.set 5
                  i32.reinterpret_f32
                  global.get 2
                  i32.xor
                  global.set 2
                  i32.reinterpret_f32
                  global.get 2
                  i32.xor
                  global.set 2
                  global.get 4
                  i32.xor
                  global.set 4
                  f32.const -nan:0x5fffff (;=NaN;)
                end
                i32.reinterpret_f32
                global.get 2
                i32.xor
                global.set 2
                i64.reinterpret_f64
                global.get 3
                i64.xor
                global.set 3
                global.get 4
                i32.xor
                global.set 4
                i64.const -5780734253185075964
              end
              global.get 5
              i64.xor
              global.set 5
            end
            global.get 5
            i64.xor
            global.set 5
            i64.reinterpret_f64
            global.get 3
            i64.xor
            global.set 3
            i32.const 1944306737
          end
          global.get 4
          i32.xor
          global.set 4
          global.get 4
          i32.xor
          global.set 4
        end
      end
      global.get 5
      i64.xor
      global.set 5
      i32.const 141559956
    end
    global.get 4
    i32.xor
    global.set 4
    global.get 4
    i32.xor
    global.set 4
    global.get 5
    i64.xor
    global.set 5
    f64.const -0x1.fffffffffffffp+1008 (;=-5486124068793688000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
    f32.const 0x1.c88374p-122 (;=0.00000000000000000000000000000000000033539314;)
  )
  (func (;4;) (type 0) (param i32 f32) (result f64 f32)
    (local f32 i64 v128 v128 f32 f32 f64)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    global.get 1
    i8x16.all_true
    f32.const 0x1.fffffp-129 (;=0.000000000000000000000000000000000000002938734;)
    local.tee 1
    f32.abs
    f32.const -0x1.3ef8e8p-112 (;=-0.00000000000000000000000000000000023996808;)
    global.set 0
    f32.const 0x1.fcfdeep+69 (;=1173655440000000000000;)
    f32.lt
    table.get 0
    local.get 1
    local.set 2
    i32.const 286331153
    v128.load32x2_u offset=216822 align=1
    i32x4.trunc_sat_f64x2_u_zero
    f64x2.floor
    local.tee 4
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 4
    local.get 4
    f64x2.eq
    v128.bitselect
    i16x8.neg
    i64x2.bitmask
    v128.load64_splat offset=686832
    i32x4.trunc_sat_f32x4_u
    i32x4.trunc_sat_f64x2_s_zero
    i64x2.abs
    i32x4.trunc_sat_f64x2_u_zero
    i32x4.abs
    i8x16.abs
    f32x4.convert_i32x4_s
    i16x8.extend_high_i8x16_s
    f32x4.convert_i32x4_u
    i16x8.extract_lane_s 6
    v128.load8x8_s offset=873025
    i64.const 4286578688
    table.size 0
    v128.load offset=34297 align=4
    i16x8.extract_lane_s 3
    v128.load8_splat offset=318426
    f64x2.convert_low_i32x4_s
    f32x4.sqrt
    local.tee 5
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 5
    local.get 5
    f32x4.eq
    v128.bitselect
    i64x2.extend_low_i32x4_s
    i16x8.neg
    i16x8.extract_lane_u 4
    loop (result i32) ;; label = @1
      global.get 7
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 7
      i32.const 1
      i32.sub
      global.set 7
      i32.const 393217
      i64.load8_u offset=312602
      local.get 2
      i64.trunc_sat_f32_u
      i64.ge_s
      loop (result i32) ;; label = @2
        global.get 7
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 7
        i32.const 1
        i32.sub
        global.set 7
        ref.null extern
        i64.const -8089749883463868567
        i64.const -2697316097184236916
        local.get 1
        f64.promote_f32
        local.get 2
        f32.floor
        local.tee 6
        f32.const nan (;=NaN;)
        local.get 6
        local.get 6
        f32.eq
        select
        f32.trunc
        local.tee 7
        f32.const nan (;=NaN;)
        local.get 7
        local.get 7
        f32.eq
        select
        i64.trunc_f32_u
        v128.const i32x4 0xba318de7 0xdf914a73 0x5f8bd88b 0xa7833ea0
        f32.const -nan:0x7bffff (;=NaN;)
        f64.promote_f32
        i64.trunc_f64_u
        br 1 (;@1;)
        i64.const -2305843009213693952
        i64.popcnt
        i64.gt_s
        f64.convert_i32_s
        f64.sqrt
        local.tee 8
        f64.const nan (;=NaN;)
        local.get 8
        local.get 8
        f64.eq
        select
        loop (result i32) ;; label = @3
          global.get 7
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 7
          i32.const 1
          i32.sub
          global.set 7
          br 1 (;@2;)
          i64.const -65
          local.tee 3
          i64.clz
          loop ;; label = @4
            global.get 7
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 7
            i32.const 1
            i32.sub
            global.set 7
          end
          global.get 5
          i64.xor
          global.set 5
          i32.const -706761158
        end
        global.get 4
        i32.xor
        global.set 4
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        global.get 6
        v128.xor
        global.set 6
        global.get 5
        i64.xor
        global.set 5
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        global.get 5
        i64.xor
        global.set 5
        drop
        drop
        i32.const -1455353672
      end
      global.get 4
      i32.xor
      global.set 4
    end
    global.get 4
    i32.xor
    global.set 4
    global.get 4
    i32.xor
    global.set 4
    global.get 5
    i64.xor
    global.set 5
    global.get 6
    v128.xor
    global.set 6
    drop
    global.get 4
    i32.xor
    global.set 4
    f64.const -0x1.574d8fe771706p-880 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001663571302477157;)
    f32.const 0x1.p-147 (;=0.000000000000000000000000000000000000000000006;)
  )
  (data (;0;) (i32.const 11) "")
  (data (;1;) (i32.const 406) "\fc\ac")
  (data (;2;) "")
  (data (;3;) (i32.const 343498) "\bc\c6\df\19")
  (data (;4;) (i32.const 31107) "\abE")
)
