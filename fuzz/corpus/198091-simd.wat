(module
  (type (;0;) (func (param i64 f64 f32) (result i32 v128 v128)))
  (type (;1;) (func (param v128 i64 f32 externref) (result i32)))
  (type (;2;) (func (param i64 v128)))
  (type (;3;) (func (param f32 i64)))
  (memory (;0;) 1 11)
  (global (;0;) i32 i32.const 498430712)
  (global (;1;) funcref ref.null func)
  (global (;2;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i32) i32.const 0)
  (global (;5;) (mut i64) i64.const 0)
  (global (;6;) (mut i32) i32.const 0)
  (global (;7;) (mut i32) i32.const 500)
  (export "_,\u{305}\u{a}3" (func 0))
  (export "" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (memory 0))
  (export "5" (global 0))
  (export "6" (global 1))
  (export "7" (global 2))
  (export "h\u{1c}" (global 3))
  (export "\u{cc}" (global 4))
  (export "C1p" (global 5))
  (export "11" (global 6))
  (elem (;0;) func)
  (elem (;1;) declare funcref)
  (elem (;2;) externref)
  (elem (;3;) declare funcref)
  (elem (;4;) func)
  (elem (;5;) func)
  (elem (;6;) externref)
  (func (;0;) (type 0) (param i64 f64 f32) (result i32 v128 v128)
    (local f32 f64 v128 v128 v128 f64 f64 v128 f64 f64 f64)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    local.get 2
    ref.null func
    loop (result f64) ;; label = @1
      global.get 7
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 7
      i32.const 1
      i32.sub
      global.set 7
      memory.size
      f32.reinterpret_i32
      f32.sqrt
      local.tee 3
      f32.const nan (;=NaN;)
      local.get 3
      local.get 3
      f32.eq
      select
      i64.trunc_sat_f32_s
      f32.convert_i64_u
      i32.const -1073741825
      i32.popcnt
      i16x8.splat
      f64x2.neg
      ref.null func
      f64.const 0x1.2e99c2e2bafebp-576 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004779168690048737;)
      f64.neg
      f64.const 0x1.p-1034 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000543230922487;)
      f64.sqrt
      local.tee 4
      f64.const nan (;=NaN;)
      local.get 4
      local.get 4
      f64.eq
      select
      global.get 0
      memory.grow
      f64.const 0x1.p-1074 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005;)
      ref.null func
      v128.const i32x4 0x544ac194 0xadba1662 0x9147f7fa 0x3fa7f38a
      f64x2.floor
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
      f64x2.nearest
      local.tee 7
      v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
      local.get 7
      local.get 7
      f64x2.eq
      v128.bitselect
      i64x2.bitmask
      i64.load8_u offset=56534
      i32.const 1073741824
      i16x8.splat
      f64x2.convert_low_i32x4_s
      memory.size
      f64.const -0x1.b29ae604ead4cp+251 (;=-6143045570854488000000000000000000000000000000000000000000000000000000000000;)
      f64.floor
      local.tee 8
      f64.const nan (;=NaN;)
      local.get 8
      local.get 8
      f64.eq
      select
      i64.reinterpret_f64
      f32.convert_i64_u
      i64.trunc_f32_s
      local.tee 0
      i64.store16 offset=21731
      i64x2.bitmask
      v128.load32x2_u offset=51543 align=1
      i64x2.neg
      i8x16.bitmask
      v128.load32x2_s offset=41347 align=4
      i64x2.bitmask
      i32x4.splat
      i16x8.neg
      i16x8.bitmask
      i64.load offset=30311 align=2
      i64.sub
      f64.convert_i64_s
      i64.trunc_f64_s
      f64.reinterpret_i64
      f64.floor
      local.tee 9
      f64.const nan (;=NaN;)
      local.get 9
      local.get 9
      f64.eq
      select
      f64.neg
      i64.reinterpret_f64
      f64.convert_i64_u
      f64.abs
      global.get 1
      ref.is_null
      i32.extend16_s
      i64.extend_i32_s
      loop (result f32) ;; label = @2
        global.get 7
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 7
        i32.const 1
        i32.sub
        global.set 7
        local.get 2
        local.set 2
        ref.null extern
        i32.const -740334065
        elem.drop 3
        ref.null func
        v128.const i32x4 0x35fdb9d8 0x81d2e9c8 0x553cdaa9 0xd5843794
        i8x16.popcnt
        f32x4.floor
        local.tee 10
        v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
        local.get 10
        local.get 10
        f32x4.eq
        v128.bitselect
        f32x4.abs
        i64.const 2143289344
        block (result i32) ;; label = @3
          memory.size
        end
        i32.load offset=52882 align=1
        i32.load8_u offset=43772
        br_table 0 (;@2;) 1 (;@1;) 1 (;@1;)
        i64.ctz
        i32.const 924434528
        f64.convert_i32_s
        f64.trunc
        local.tee 11
        f64.const nan (;=NaN;)
        local.get 11
        local.get 11
        f64.eq
        select
        memory.size
        f64.const -0x1.21b6321512396p+410 (;=-2992432025533126000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        i64.trunc_f64_s
        block ;; label = @3
          v128.const i32x4 0xc0847875 0x3ff25690 0x64e879bf 0x9a7cb9c1
          i64x2.extend_high_i32x4_s
          i64x2.extract_lane 1
          local.set 0
          f64.const 0x1.p-1062 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000020237;)
          nop
          f64.nearest
          local.tee 12
          f64.const nan (;=NaN;)
          local.get 12
          local.get 12
          f64.eq
          select
          local.set 1
          global.get 0
          v128.load32x2_u offset=61693 align=2
          f64x2.extract_lane 1
          f64.floor
          local.tee 13
          f64.const nan (;=NaN;)
          local.get 13
          local.get 13
          f64.eq
          select
          f64x2.splat
          i32x4.trunc_sat_f64x2_s_zero
          global.get 2
          v128.xor
          global.set 2
        end
        global.get 3
        i64.xor
        global.set 3
        global.get 4
        i32.xor
        global.set 4
        i64.reinterpret_f64
        global.get 5
        i64.xor
        global.set 5
        global.get 3
        i64.xor
        global.set 3
        global.get 2
        v128.xor
        global.set 2
        drop
        global.get 4
        i32.xor
        global.set 4
        drop
        f32.const -0x1.f2cd4ap+43 (;=-17138703000000;)
      end
      i32.reinterpret_f32
      global.get 6
      i32.xor
      global.set 6
      global.get 3
      i64.xor
      global.set 3
      i64.reinterpret_f64
      global.get 5
      i64.xor
      global.set 5
      drop
      i64.reinterpret_f64
      global.get 5
      i64.xor
      global.set 5
      global.get 4
      i32.xor
      global.set 4
      i64.reinterpret_f64
      global.get 5
      i64.xor
      global.set 5
      i64.reinterpret_f64
      global.get 5
      i64.xor
      global.set 5
      drop
      global.get 2
      v128.xor
      global.set 2
      i32.reinterpret_f32
      global.get 6
      i32.xor
      global.set 6
      f64.const 0x1.ffffffp-1050 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000165780916;)
    end
    i64.reinterpret_f64
    global.get 5
    i64.xor
    global.set 5
    drop
    i32.reinterpret_f32
    global.get 6
    i32.xor
    global.set 6
    i32.const 1735595640
    v128.const i32x4 0x74e01ff6 0x6a3dc595 0x13355949 0x59c4a4be
    v128.const i32x4 0xceea198c 0xf1854fe1 0x51bb8c52 0x8f923836
  )
  (func (;1;) (type 0) (param i64 f64 f32) (result i32 v128 v128)
    (local f64 f32 f32 v128 v128 v128 v128 f32 f64 f64)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    i32.const -755773183
    v128.load16_splat offset=45453
    i64x2.neg
    i16x8.extend_high_i8x16_u
    f64x2.convert_low_i32x4_s
    global.get 2
    v128.xor
    global.set 2
    loop (result funcref) ;; label = @1
      global.get 7
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 7
      i32.const 1
      i32.sub
      global.set 7
      global.get 1
      memory.size
      i64.load8_u offset=6356
      f32.convert_i64_s
      f32.sqrt
      local.tee 4
      f32.const nan (;=NaN;)
      local.get 4
      local.get 4
      f32.eq
      select
      f32.neg
      f32.nearest
      local.tee 5
      f32.const nan (;=NaN;)
      local.get 5
      local.get 5
      f32.eq
      select
      br 0 (;@1;)
      local.set 2
      f64.const 0x1.042019173d423p-489 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006357331929221434;)
      f64x2.splat
      block ;; label = @2
        ref.null func
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
          block (result i32) ;; label = @4
            global.get 0
            i32.load16_u offset=5551
            block ;; label = @5
              global.get 0
              f64.convert_i32_s
              i64.reinterpret_f64
              f32.convert_i64_s
              br 2 (;@3;)
              i32.const -524289
              i64.const 67108863
              block (result v128) ;; label = @6
                memory.size
                f32.reinterpret_i32
                i32.reinterpret_f32
                i32.load offset=55159
                i64.load32_s offset=7680 align=2
                memory.size
                if ;; label = @7
                  ref.null func
                  block (result f64) ;; label = @8
                    i32.const 16384
                    v128.load32x2_u offset=14906
                    f64x2.trunc
                    local.tee 6
                    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                    local.get 6
                    local.get 6
                    f64x2.eq
                    v128.bitselect
                    i32x4.extend_low_i16x8_u
                    i32x4.trunc_sat_f32x4_u
                    elem.drop 4
                    i32x4.trunc_sat_f64x2_s_zero
                    f64x2.trunc
                    local.tee 7
                    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                    local.get 7
                    local.get 7
                    f64x2.eq
                    v128.bitselect
                    i32x4.extract_lane 3
                    i64.load offset=18278 align=1
                    f64.convert_i64_u
                    i64.trunc_sat_f64_u
                    global.get 1
                    block (result f64) ;; label = @9
                      block ;; label = @10
                        ref.null extern
                        global.get 1
                        br 8 (;@2;)
                        elem.drop 4
                        memory.size
                        block ;; label = @11
                          block ;; label = @12
                            memory.size
                            v128.load16x4_s offset=4030
                            i64x2.abs
                            i8x16.popcnt
                            nop
                            i16x8.bitmask
                            f64.load offset=62949
                            i64.const 7797737406278374226
                            i64.extend8_s
                            local.tee 0
                            local.set 0
                            i32.trunc_sat_f64_u
                            v128.load32_splat offset=54396
                            f64x2.nearest
                            local.tee 8
                            v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                            local.get 8
                            local.get 8
                            f64x2.eq
                            v128.bitselect
                            i16x8.abs
                            i32x4.extend_low_i16x8_s
                            f64x2.sqrt
                            local.tee 9
                            v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                            local.get 9
                            local.get 9
                            f64x2.eq
                            v128.bitselect
                            v128.not
                            f32.const 0x1.p-139 (;=0.000000000000000000000000000000000000000001435;)
                            f32.sqrt
                            local.tee 10
                            f32.const nan (;=NaN;)
                            local.get 10
                            local.get 10
                            f32.eq
                            select
                            i64.trunc_sat_f32_s
                            i64.ctz
                            i64.const -2868187529893559870
                            global.get 1
                            f32.const -0x1.0f21c6p+0 (;=-1.0591091;)
                            i32.trunc_f32_u
                            i64.load32_s offset=26029 align=1
                            i64.const 16777216
                            i64.or
                            f64.const -nan:0xffffff7ffffff (;=NaN;)
                            global.get 1
                            memory.size
                            if (result i64) ;; label = @13
                              local.get 0
                              i64.popcnt
                              f32.convert_i64_s
                              elem.drop 1
                              br 3 (;@10;)
                              f32.const 0x1p-126 (;=0.000000000000000000000000000000000000011754944;)
                              block ;; label = @14
                                br 0 (;@14;)
                                loop ;; label = @15
                                  global.get 7
                                  i32.eqz
                                  if ;; label = @16
                                    unreachable
                                  end
                                  global.get 7
                                  i32.const 1
                                  i32.sub
                                  global.set 7
                                  memory.size
                                  i32.load8_s offset=2389
                                  i64.load32_s offset=64109 align=1
                                  i64x2.splat
                                  i64x2.extract_lane 1
                                  loop (result externref) ;; label = @16
                                    global.get 7
                                    i32.eqz
                                    if ;; label = @17
                                      unreachable
                                    end
                                    global.get 7
                                    i32.const 1
                                    i32.sub
                                    global.set 7
                                    memory.size
                                    f64.convert_i32_u
                                    f64.const -0x1.fffffffffffffp+960 (;=-19490628022799996000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                    f64.lt
                                    i32.load8_u offset=22389
                                    i32.ctz
                                    i32.popcnt
                                    f64.const 0x1.5ffep-1055 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000356162;)
                                    block (result i32) ;; label = @17
                                      loop (result i64) ;; label = @18
                                        global.get 7
                                        i32.eqz
                                        if ;; label = @19
                                          unreachable
                                        end
                                        global.get 7
                                        i32.const 1
                                        i32.sub
                                        global.set 7
                                        ref.null func
                                        f64.const -nan:0xffffffffc0000 (;=NaN;)
                                        f64.sqrt
                                        local.tee 11
                                        f64.const nan (;=NaN;)
                                        local.get 11
                                        local.get 11
                                        f64.eq
                                        select
                                        f64.nearest
                                        local.tee 12
                                        f64.const nan (;=NaN;)
                                        local.get 12
                                        local.get 12
                                        f64.eq
                                        select
                                        i32.const 4194304
                                        i64.extend_i32_s
                                        global.get 1
                                        block (result i32) ;; label = @19
                                          br 12 (;@7;)
                                          memory.size
                                          f32.load offset=9942 align=1
                                          i64.const -1099511627777
                                          block ;; label = @20
                                            ref.null extern
                                            br 15 (;@5;)
                                            f64.const 0x1.ffffffffffcp-1032 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000043458473798964;)
                                            i64.reinterpret_f64
                                            i64.ctz
                                            i64.const -128
                                            local.set 0
                                            i64.clz
                                            i64.eqz
                                            global.get 4
                                            i32.xor
                                            global.set 4
                                            drop
                                          end
                                          global.get 3
                                          i64.xor
                                          global.set 3
                                          i32.reinterpret_f32
                                          global.get 6
                                          i32.xor
                                          global.set 6
                                          i32.const -1451969963
                                        end
                                        global.get 4
                                        i32.xor
                                        global.set 4
                                        drop
                                        global.get 3
                                        i64.xor
                                        global.set 3
                                        i64.reinterpret_f64
                                        global.get 5
                                        i64.xor
                                        global.set 5
                                        drop
                                        i64.const -140737488355328
                                      end
                                      global.get 3
                                      i64.xor
                                      global.set 3
                                      i32.const -279265786
                                    end
                                    global.get 4
                                    i32.xor
                                    global.set 4
                                    i64.reinterpret_f64
                                    global.get 5
                                    i64.xor
                                    global.set 5
                                    global.get 4
                                    i32.xor
                                    global.set 4
                                    ref.null extern
                                  end
                                  drop
                                  global.get 3
                                  i64.xor
                                  global.set 3
                                end
                              end
                              i32.reinterpret_f32
                              global.get 6
                              i32.xor
                              global.set 6
                              i32.reinterpret_f32
                              global.get 6
                              i32.xor
                              global.set 6
                              i64.const -5908880757228141315
                            else
                              i64.const 127
                            end
                            global.get 3
                            i64.xor
                            global.set 3
                            drop
                            i64.reinterpret_f64
                            global.get 5
                            i64.xor
                            global.set 5
                            global.get 3
                            i64.xor
                            global.set 3
                            drop
                            global.get 3
                            i64.xor
                            global.set 3
                            global.get 3
                            i64.xor
                            global.set 3
                            global.get 2
                            v128.xor
                            global.set 2
                          end
                        end
                        global.get 4
                        i32.xor
                        global.set 4
                        drop
                        drop
                      end
                      f64.const -0x1.8eea2826de829p+209 (;=-1282062335882465100000000000000000000000000000000000000000000000;)
                    end
                    i64.reinterpret_f64
                    global.get 5
                    i64.xor
                    global.set 5
                    drop
                    global.get 3
                    i64.xor
                    global.set 3
                    f64.const -nan:0xffdffffffffff (;=NaN;)
                  end
                  i64.reinterpret_f64
                  global.get 5
                  i64.xor
                  global.set 5
                  drop
                end
                global.get 3
                i64.xor
                global.set 3
                v128.const i32x4 0x3f1d96e8 0x39ad1593 0xf863867d 0xfa452bf0
              end
              global.get 2
              v128.xor
              global.set 2
              global.get 3
              i64.xor
              global.set 3
              global.get 4
              i32.xor
              global.set 4
              i32.reinterpret_f32
              global.get 6
              i32.xor
              global.set 6
            end
          end
          global.get 4
          i32.xor
          global.set 4
        end
        drop
      end
      global.get 2
      v128.xor
      global.set 2
    end
    drop
    i32.const 32
    v128.const i32x4 0xffffffff 0xfffeffff 0x00000000 0xfffc0000
    v128.const i32x4 0x4a57b19b 0x4afe4bee 0xc9e8ad8c 0xb2986df8
  )
  (func (;2;) (type 2) (param i64 v128)
    (local f64 i64 v128 f64 f64 f32)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    i64.const 4505590989807857399
    f32.convert_i64_u
    local.get 1
    i16x8.extract_lane_s 0
    i32.load8_u offset=50886
    v128.load8x8_u offset=7601 align=1
    f32x4.demote_f64x2_zero
    ref.null func
    ref.is_null
    i32.clz
    memory.grow
    v128.load64_splat offset=25183 align=2
    i32x4.extadd_pairwise_i16x8_s
    i32x4.ge_u
    f32x4.neg
    i16x8.extadd_pairwise_i8x16_u
    i64x2.extend_high_i32x4_s
    i16x8.extadd_pairwise_i8x16_u
    i8x16.popcnt
    i64x2.neg
    i16x8.extract_lane_s 5
    i64.load8_s offset=57469
    i32.const 4
    i32.eqz
    i32.eqz
    i32.extend8_s
    local.get 1
    i64x2.abs
    local.set 1
    i32.const -866403315
    i64.load16_u offset=53101 align=1
    global.get 1
    f32.const -0x1.370e14p-36 (;=-0.00000000001768143;)
    f64.const -0x1.573570a3847c3p+775 (;=-266418896890534750000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
    i32.trunc_sat_f64_s
    v128.load8x8_s offset=20254 align=1
    i32x4.all_true
    v128.load8x8_s offset=35906 align=1
    elem.drop 3
    f64.const 0x1.p-1057 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000064758;)
    v128.const i32x4 0x527656f3 0x163826a0 0x77c26ad3 0xeec9d47f
    v128.not
    i32x4.extadd_pairwise_i16x8_u
    f64x2.convert_low_i32x4_u
    i32x4.trunc_sat_f64x2_s_zero
    i64x2.extract_lane 1
    local.set 3
    f64.const 0x1.ffffffffffp-1034 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010864618449737;)
    f64.lt
    v128.load32x2_u offset=23981 align=2
    i32x4.extmul_high_i16x8_u
    local.get 1
    i64x2.eq
    f64x2.neg
    i16x8.extract_lane_u 7
    i64.const -137438953473
    f64.const -0x1.944e8d15e5b38p-984 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000009659516537825002;)
    f64.abs
    i64.const -4717606941728955418
    local.tee 3
    f64.reinterpret_i64
    ref.null func
    br 0
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
        i32.const -8
        br_table 0 (;@2;) 1 (;@1;) 2 2
        i64.const -1870380643430141920
        block ;; label = @3
          nop
          memory.size
          v128.load16x4_s offset=23804 align=2
          v128.not
          i64x2.extend_low_i32x4_s
          block ;; label = @4
            f32.const 0x1.6ee3f2p+121 (;=3810008000000000000000000000000000000;)
            i64.const 1386989992401263626
            f64.convert_i64_u
            i32.trunc_sat_f64_u
            i64.load offset=15430 align=4
            f64.reinterpret_i64
            i64.trunc_sat_f64_u
            global.get 1
            global.get 0
            br 1 (;@3;)
            v128.load32x2_s offset=10991 align=2
            i16x8.extend_low_i8x16_u
            i64.const -144115188075855873
            br 0 (;@4;)
            local.set 0
            i16x8.extend_low_i8x16_u
            f64x2.promote_low_f32x4
            f64x2.trunc
            local.tee 4
            v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
            local.get 4
            local.get 4
            f64x2.eq
            v128.bitselect
            i32x4.abs
            v128.const i32x4 0xdea30d2d 0x73e73894 0x1a5128bd 0x40c438d3
            i16x8.min_s
            f64x2.extract_lane 0
            global.get 0
            br_if 3 (;@1;)
            f64.ceil
            local.tee 5
            f64.const nan (;=NaN;)
            local.get 5
            local.get 5
            f64.eq
            select
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
              i32.const -2097153
              i32.load8_u offset=59714
              i32.ctz
              i64.load16_u offset=65445
              i64.eqz
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
                ref.null func
                ref.null extern
                f64.const -0x1.e3caaa209b511p-9 (;=-0.003691037433148588;)
                elem.drop 4
                f64.nearest
                local.tee 6
                f64.const nan (;=NaN;)
                local.get 6
                local.get 6
                f64.eq
                select
                i32.trunc_sat_f64_u
                i32.extend16_s
                v128.load32_zero offset=409193 align=1
                ref.null func
                br 3 (;@3;)
                elem.drop 2
                elem.drop 1
                v128.const i32x4 0xebf85d4a 0x8f815195 0x9d1995f2 0x36857cb3
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
                  v128.const i32x4 0x183fb81f 0xa65eb427 0x501342c1 0x6bc1f400
                  f64.const -0x1.d82684a0af7ffp-793 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003540412711988115;)
                  i32.trunc_sat_f64_s
                  i32.extend16_s
                  i32.extend16_s
                  i32.const 256
                  f32.reinterpret_i32
                  f32.neg
                  i32.trunc_f32_s
                  memory.grow
                  if (result v128) ;; label = @8
                    f32.const 0x1.p-148 (;=0.000000000000000000000000000000000000000000003;)
                    block ;; label = @9
                      f64.const 0x1.ffffffffff8p-1033 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002172923689948;)
                      block (result v128) ;; label = @10
                        v128.const i32x4 0xbed741bb 0x55c41ea7 0x825867a3 0x6ce5667f
                        i8x16.abs
                        f32.const -0x1.fffffep+127 (;=-340282350000000000000000000000000000000;)
                        f32.ceil
                        local.tee 7
                        f32.const nan (;=NaN;)
                        local.get 7
                        local.get 7
                        f32.eq
                        select
                        i32.trunc_sat_f32_u
                        v128.load32_zero offset=48008 align=2
                        i16x8.neg
                        i16x8.gt_u
                        f32x4.convert_i32x4_u
                        i16x8.extend_high_i8x16_s
                        i32x4.trunc_sat_f64x2_s_zero
                        i8x16.extract_lane_u 5
                        i64.const -5426037570658702354
                        f32.convert_i64_u
                        i64.trunc_f32_u
                        memory.size
                        if (result f64) ;; label = @11
                          ref.null extern
                          ref.is_null
                          if (result i64) ;; label = @12
                            memory.size
                            i64.load32_s offset=56098 align=1
                            i64.extend8_s
                            i64.extend8_s
                            f64.reinterpret_i64
                            i64.const -64
                            v128.const i32x4 0x51793564 0x977fa6e5 0xd996ac52 0x6b5741cf
                            i32x4.extend_high_i16x8_s
                            i32x4.trunc_sat_f64x2_u_zero
                            local.get 0
                            v128.const i32x4 0xb2017c94 0xb6c9246a 0x6a97834d 0x6dc5faf0
                            f64x2.promote_low_f32x4
                            i16x8.extend_low_i8x16_u
                            i16x8.extadd_pairwise_i8x16_s
                            local.tee 1
                            i64x2.abs
                            f32x4.demote_f64x2_zero
                            i32x4.trunc_sat_f32x4_s
                            i16x8.extend_high_i8x16_s
                            i32x4.extadd_pairwise_i16x8_s
                            global.get 2
                            v128.xor
                            global.set 2
                            global.get 3
                            i64.xor
                            global.set 3
                            global.get 2
                            v128.xor
                            global.set 2
                            global.get 3
                            i64.xor
                            global.set 3
                            i64.reinterpret_f64
                            global.get 5
                            i64.xor
                            global.set 5
                            i64.const -1665851888664078247
                          else
                            i64.const -277099902066141189
                          end
                          global.get 3
                          i64.xor
                          global.set 3
                          f64.const -0x1.42a3e09026fap+1016 (;=-885021933374593800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                        else
                          f64.const -nan:0xffffffffffeff (;=NaN;)
                        end
                        i64.reinterpret_f64
                        global.get 5
                        i64.xor
                        global.set 5
                        global.get 3
                        i64.xor
                        global.set 3
                        global.get 4
                        i32.xor
                        global.set 4
                        v128.const i32x4 0xfffffc00 0xffffffff 0xffffffff 0xff7fffff
                      end
                      global.get 2
                      v128.xor
                      global.set 2
                      i64.reinterpret_f64
                      global.get 5
                      i64.xor
                      global.set 5
                    end
                    i32.reinterpret_f32
                    global.get 6
                    i32.xor
                    global.set 6
                    v128.const i32x4 0x00000000 0xfc000000 0xfffffff7 0xffffffff
                  else
                    v128.const i32x4 0x00000000 0xfffffff0 0xffffffff 0xffffffff
                  end
                  global.get 2
                  v128.xor
                  global.set 2
                  global.get 4
                  i32.xor
                  global.set 4
                  global.get 2
                  v128.xor
                  global.set 2
                end
                global.get 2
                v128.xor
                global.set 2
                drop
                global.get 2
                v128.xor
                global.set 2
                drop
                drop
              end
              global.get 4
              i32.xor
              global.set 4
            end
            i64.reinterpret_f64
            global.get 5
            i64.xor
            global.set 5
            drop
            global.get 3
            i64.xor
            global.set 3
            i32.reinterpret_f32
            global.get 6
            i32.xor
            global.set 6
          end
          global.get 2
          v128.xor
          global.set 2
        end
        global.get 3
        i64.xor
        global.set 3
      end
    end
    drop
    i64.reinterpret_f64
    global.get 5
    i64.xor
    global.set 5
    i64.reinterpret_f64
    global.get 5
    i64.xor
    global.set 5
    global.get 3
    i64.xor
    global.set 3
    global.get 4
    i32.xor
    global.set 4
    i32.reinterpret_f32
    global.get 6
    i32.xor
    global.set 6
    drop
    global.get 3
    i64.xor
    global.set 3
    global.get 4
    i32.xor
    global.set 4
    global.get 3
    i64.xor
    global.set 3
    i32.reinterpret_f32
    global.get 6
    i32.xor
    global.set 6
  )
  (func (;3;) (type 0) (param i64 f64 f32) (result i32 v128 v128)
    global.get 7
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 7
    i32.const 1
    i32.sub
    global.set 7
    ref.null func
    local.get 0
    local.tee 0
    i64x2.splat
    v128.const i32x4 0x1a6ccb03 0xaffcf57e 0x4f02c0e0 0x6b76eec5
    i32x4.eq
    global.get 0
    i16x8.shl
    i32x4.extend_high_i16x8_s
    i16x8.abs
    f64x2.promote_low_f32x4
    i16x8.extend_low_i8x16_u
    i64x2.abs
    i16x8.extadd_pairwise_i8x16_s
    memory.size
    i32.load16_s offset=32635
    v128.load8_splat offset=42399
    global.get 2
    v128.xor
    global.set 2
    global.get 2
    v128.xor
    global.set 2
    drop
    i32.const 33554432
    v128.const i32x4 0xbcac0ca5 0x9aa4ad51 0xe94b8ac0 0xa5f12bbb
    v128.const i32x4 0x6c797342 0x07e3ada6 0xa8c522d6 0x99eb7339
  )
)
