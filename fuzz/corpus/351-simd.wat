(module
  (type (;0;) (func (param i32 i32) (result v128 i64)))
  (memory (;0;) 3 8)
  (global (;0;) funcref ref.func 4)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;5;) (mut i32) i32.const 0)
  (global (;6;) (mut i32) i32.const 500)
  (export "_W" (func 0))
  (export "" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (func 4))
  (export "5" (func 5))
  (export "6" (func 6))
  (export "7" (memory 0))
  (export "8" (global 0))
  (export "9" (global 1))
  (export "TEU\u{1d}g" (global 2))
  (export "11" (global 3))
  (export "\u{22}" (global 4))
  (export "|5\u{e}" (global 5))
  (elem (;0;) declare funcref)
  (elem (;1;) func)
  (elem (;2;) declare externref)
  (elem (;3;) declare funcref)
  (func (;0;) (type 0) (param i32 i32) (result v128 i64)
    (local v128 f64 v128 f32 v128 f32 v128 v128)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    loop ;; label = @1
      global.get 6
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 6
      i32.const 1
      i32.sub
      global.set 6
      data.drop 1
      data.drop 2
      loop ;; label = @2
        global.get 6
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 6
        i32.const 1
        i32.sub
        global.set 6
        f64.const 0x1.ffffffep-1047 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001326247364;)
        f64.floor
        local.tee 3
        f64.const nan (;=NaN;)
        local.get 3
        local.get 3
        f64.eq
        select
        global.get 0
        ref.func 4
        ref.func 4
        elem.drop 3
        memory.size
        if (result f64) ;; label = @3
          global.get 0
          i64.const 3121120049675429394
          f32.convert_i64_s
          i64.trunc_sat_f32_s
          i64x2.splat
          f32x4.convert_i32x4_u
          i8x16.extract_lane_s 15
          ref.null func
          i32.const -1384497875
          v128.load8x8_u offset=144609
          i8x16.extract_lane_s 1
          f32.reinterpret_i32
          f32.const -0x1.fffffep+0 (;=-1.9999999;)
          i32.trunc_sat_f32_s
          i64.const 733181990001494792
          i32.wrap_i64
          loop ;; label = @4
            global.get 6
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 6
            i32.const 1
            i32.sub
            global.set 6
            i32.const 1023
            v128.load8_splat offset=88206
            i64x2.extract_lane 0
            loop ;; label = @5
              global.get 6
              i32.eqz
              if ;; label = @6
                unreachable
              end
              global.get 6
              i32.const 1
              i32.sub
              global.set 6
              ref.null extern
              ref.func 4
              f32.const 0x1.fffffep-112 (;=0.00000000000000000000000000000000038518597;)
              v128.const i32x4 0xc77e241f 0x0cde41cf 0x91b8b40c 0xc1fc04b7
              i32x4.trunc_sat_f64x2_u_zero
              i64x2.extract_lane 1
              local.get 0
              i64.load32_s offset=68059 align=2
              i64.sub
              ref.null func
              ref.is_null
              i32.ctz
              ref.func 4
              block ;; label = @6
                data.drop 2
                br 4 (;@2;)
                v128.const i32x4 0x7a232aeb 0x1289e596 0x1d3ae399 0x478946c1
                i32x4.trunc_sat_f64x2_u_zero
                i32x4.extend_low_i16x8_s
                data.drop 2
                f32x4.sqrt
                local.tee 4
                v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                local.get 4
                local.get 4
                f32x4.eq
                v128.bitselect
                f64x2.abs
                i16x8.extract_lane_s 3
                data.drop 1
                f64.convert_i32_s
                block (result i32) ;; label = @7
                  i64.const 4982023921355371056
                  i64.eqz
                  memory.size
                  i32.div_u
                  i64.load32_s offset=86064 align=2
                  i32.wrap_i64
                  v128.load32_zero offset=192318
                  i32x4.trunc_sat_f32x4_s
                  i32x4.extend_low_i16x8_s
                  data.drop 1
                  i16x8.extract_lane_s 4
                  v128.load16x4_u offset=55077 align=4
                  i32x4.extend_high_i16x8_u
                  i64x2.bitmask
                  data.drop 2
                  v128.load64_zero offset=116496 align=4
                  f64x2.abs
                  memory.size
                  i8x16.splat
                  f32x4.extract_lane 0
                  memory.size
                  i64.load32_u offset=140755 align=1
                  loop (result externref) ;; label = @8
                    global.get 6
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 6
                    i32.const 1
                    i32.sub
                    global.set 6
                    f32.const 0x1.f83f6ap-49 (;=0.0000000000000034989214;)
                    f32.sqrt
                    local.tee 5
                    f32.const nan (;=NaN;)
                    local.get 5
                    local.get 5
                    f32.eq
                    select
                    memory.size
                    i32x4.splat
                    i16x8.extend_high_i8x16_s
                    i64x2.bitmask
                    i32.load8_u offset=60713
                    v128.load32_zero offset=93330
                    f64x2.trunc
                    local.tee 6
                    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                    local.get 6
                    local.get 6
                    f64x2.eq
                    v128.bitselect
                    f32.const 0x1.fffffep-126 (;=0.000000000000000000000000000000000000023509886;)
                    f32.ceil
                    local.tee 7
                    f32.const nan (;=NaN;)
                    local.get 7
                    local.get 7
                    f32.eq
                    select
                    memory.size
                    v128.load offset=18279 align=2
                    i8x16.all_true
                    i64.extend_i32_u
                    ref.func 4
                    global.get 0
                    i64.const -4
                    i32.const 95610033
                    i64.load8_u offset=178554
                    memory.size
                    i64.extend_i32_s
                    local.get 1
                    v128.load32_splat offset=95317 align=2
                    block (result v128) ;; label = @9
                      i64.const -5669547272130388301
                      f32.const 0x1.p-127 (;=0.000000000000000000000000000000000000005877472;)
                      i64.trunc_f32_u
                      f64.reinterpret_i64
                      f64x2.splat
                      block ;; label = @10
                        i64.const 824383484768738052
                        ref.null func
                        i64.const 68719476735
                        i64.extend8_s
                        br 2 (;@8;)
                        ref.func 4
                        ref.is_null
                        v128.load32_zero offset=101739
                        f64x2.convert_low_i32x4_s
                        i16x8.extend_high_i8x16_u
                        f64x2.floor
                        local.tee 8
                        v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                        local.get 8
                        local.get 8
                        f64x2.eq
                        v128.bitselect
                        f32x4.abs
                        i32x4.extract_lane 0
                        local.set 1
                        i64.extend8_s
                        i64.extend32_s
                        loop ;; label = @11
                          global.get 6
                          i32.eqz
                          if ;; label = @12
                            unreachable
                          end
                          global.get 6
                          i32.const 1
                          i32.sub
                          global.set 6
                          i32.const 2143289344
                          block (result f32) ;; label = @12
                            local.get 2
                            f32x4.convert_i32x4_s
                            f32x4.nearest
                            local.tee 9
                            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                            local.get 9
                            local.get 9
                            f32x4.eq
                            v128.bitselect
                            i32.const 906141497
                            if ;; label = @13
                              nop
                            else
                              br 5 (;@8;)
                              block (result f64) ;; label = @14
                                i64.const -4347222253598793184
                                f64.convert_i64_u
                                f32.demote_f64
                                i32.trunc_sat_f32_u
                                v128.load8_splat offset=12210
                                i64x2.abs
                                loop ;; label = @15
                                  global.get 6
                                  i32.eqz
                                  if ;; label = @16
                                    unreachable
                                  end
                                  global.get 6
                                  i32.const 1
                                  i32.sub
                                  global.set 6
                                  block (result f64) ;; label = @16
                                    ref.func 4
                                    ref.null extern
                                    global.get 0
                                    ref.is_null
                                    i64.load32_u offset=68970
                                    i32.const 536870912
                                    i32.clz
                                    local.get 2
                                    i8x16.extract_lane_s 2
                                    global.get 1
                                    i32.xor
                                    global.set 1
                                    global.get 1
                                    i32.xor
                                    global.set 1
                                    global.get 2
                                    i64.xor
                                    global.set 2
                                    drop
                                    drop
                                    f64.const -nan:0xfffffffffffe0 (;=NaN;)
                                  end
                                  i64.reinterpret_f64
                                  global.get 3
                                  i64.xor
                                  global.set 3
                                end
                                global.get 4
                                v128.xor
                                global.set 4
                                f64.const 0x1.f48ca154ca065p-28 (;=0.000000007283951515548204;)
                              end
                              i64.reinterpret_f64
                              global.get 3
                              i64.xor
                              global.set 3
                            end
                            global.get 4
                            v128.xor
                            global.set 4
                            f32.const 0x1.54804cp+20 (;=1394692.8;)
                          end
                          i32.reinterpret_f32
                          global.get 5
                          i32.xor
                          global.set 5
                          global.get 1
                          i32.xor
                          global.set 1
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                        drop
                        global.get 2
                        i64.xor
                        global.set 2
                      end
                      global.get 4
                      v128.xor
                      global.set 4
                      global.get 2
                      i64.xor
                      global.set 2
                      v128.const i32x4 0x00000000 0x00000100 0xffffffff 0x1fffffff
                    end
                    global.get 4
                    v128.xor
                    global.set 4
                    global.get 4
                    v128.xor
                    global.set 4
                    global.get 2
                    i64.xor
                    global.set 2
                    drop
                    global.get 2
                    i64.xor
                    global.set 2
                    drop
                    drop
                    global.get 2
                    i64.xor
                    global.set 2
                    i32.reinterpret_f32
                    global.get 5
                    i32.xor
                    global.set 5
                    global.get 4
                    v128.xor
                    global.set 4
                    i32.reinterpret_f32
                    global.get 5
                    i32.xor
                    global.set 5
                    ref.null extern
                  end
                  drop
                  global.get 2
                  i64.xor
                  global.set 2
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                  global.get 4
                  v128.xor
                  global.set 4
                  i32.const 922032371
                end
                global.get 1
                i32.xor
                global.set 1
                i64.reinterpret_f64
                global.get 3
                i64.xor
                global.set 3
              end
              drop
              global.get 1
              i32.xor
              global.set 1
              global.get 2
              i64.xor
              global.set 2
              i32.reinterpret_f32
              global.get 5
              i32.xor
              global.set 5
              drop
              drop
            end
            global.get 2
            i64.xor
            global.set 2
          end
          global.get 1
          i32.xor
          global.set 1
          global.get 1
          i32.xor
          global.set 1
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          drop
          global.get 1
          i32.xor
          global.set 1
          drop
          f64.const 0x1.03b3812b22b9cp+153 (;=11583060118727317000000000000000000000000000000;)
        else
          f64.const 0x1.p-1066 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001265;)
        end
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        drop
        drop
        drop
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
      end
    end
    v128.const i32x4 0x07ffffff 0x00000000 0xffffffff 0xfffffeff
    i64.const -1691752643544310432
  )
  (func (;1;) (type 0) (param i32 i32) (result v128 i64)
    (local i32 v128 f64 v128 v128 f64 f64)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    v128.const i32x4 0x95e8147a 0xbf5228c2 0x1b018b99 0xe69cff96
    f64x2.neg
    local.get 0
    i8x16.shr_u
    local.get 1
    i64.load offset=92807 align=1
    br 0
    data.drop 0
    loop (result f32) ;; label = @1
      global.get 6
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 6
      i32.const 1
      i32.sub
      global.set 6
      loop (result v128) ;; label = @2
        global.get 6
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 6
        i32.const 1
        i32.sub
        global.set 6
        elem.drop 1
        global.get 0
        ref.func 4
        ref.null func
        br 1 (;@1;)
        v128.const i32x4 0x2c9bcd85 0x9f00e27c 0xd2fd20bc 0xf7269be9
        br 1 (;@1;)
        i16x8.extract_lane_s 0
        i32.load8_u offset=5252
        local.tee 0
        i64.load offset=153441 align=1
        f32.convert_i64_s
        i64.trunc_f32_u
        f64.const 0x1.p-1047 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000663123685;)
        ref.func 4
        elem.drop 1
        data.drop 1
        ref.is_null
        br_table 0 (;@2;) 1 (;@1;) 1 (;@1;)
        i64.trunc_sat_f64_u
        loop ;; label = @3
          global.get 6
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 6
          i32.const 1
          i32.sub
          global.set 6
          i64.const -5295162895245351175
          br 0 (;@3;)
          i64.popcnt
          f64.convert_i64_s
          i64.trunc_f64_u
          f64.convert_i64_u
          i32.trunc_f64_u
          loop (result f64) ;; label = @4
            global.get 6
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 6
            i32.const 1
            i32.sub
            global.set 6
            local.get 0
            i32.clz
            f64.const 0x1.2c4565ad92566p+338 (;=656768143339944800000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
            i64.trunc_sat_f64_u
            data.drop 1
            i64.extend32_s
            data.drop 0
            i32.wrap_i64
            f32.const -0x1.da5a64p-43 (;=-0.00000000000021065509;)
            i64.trunc_sat_f32_u
            i64.store offset=10031
            i32.load8_s offset=30234
            if (result f32) ;; label = @5
              ref.null func
              v128.const i32x4 0x9509d4d2 0x1cbc916d 0xf7cf5e45 0xd67402cc
              i32x4.trunc_sat_f64x2_u_zero
              i16x8.all_true
              br_table 1 (;@4;) 2 (;@3;) 3 (;@2;) 4 (;@1;) 3 (;@2;)
              ref.is_null
              v128.const i32x4 0x9b5a7222 0x3eafcac3 0xa4436ca3 0x7f93b700
              f64x2.trunc
              local.tee 3
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 3
              local.get 3
              f64x2.eq
              v128.bitselect
              i8x16.all_true
              f64.const 0x1.66b1fb4ec963p-764 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001444005880998092;)
              i32.trunc_f64_u
              i64.load32_u offset=193926 align=2
              global.get 0
              ref.null extern
              memory.size
              i32.load8_s offset=10259
              i32.load offset=101752 align=2
              i64.extend_i32_u
              f64.convert_i64_u
              f64.sqrt
              local.tee 4
              f64.const nan (;=NaN;)
              local.get 4
              local.get 4
              f64.eq
              select
              f64.abs
              ref.func 4
              i32.const -1964174623
              data.drop 1
              f64.convert_i32_u
              i32.trunc_f64_u
              i32.ctz
              v128.load offset=81489
              i64x2.extend_low_i32x4_s
              f32x4.trunc
              local.tee 5
              v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
              local.get 5
              local.get 5
              f32x4.eq
              v128.bitselect
              f64x2.abs
              elem.drop 2
              data.drop 0
              i32x4.all_true
              memory.size
              f64.convert_i32_u
              i32.const 196606
              local.get 0
              i16x8.splat
              f32x4.ceil
              local.tee 6
              v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
              local.get 6
              local.get 6
              f32x4.eq
              v128.bitselect
              f64x2.convert_low_i32x4_u
              i32.const -17
              i64.extend_i32_s
              i32.wrap_i64
              i64.load16_s offset=35909 align=1
              br 1 (;@4;)
              i64.extend32_s
              ref.func 4
              i64.const 1475919711377197574
              data.drop 1
              i64.popcnt
              i64.extend32_s
              global.get 0
              data.drop 0
              i32.const 524280
              br_table 1 (;@4;) 2 (;@3;) 3 (;@2;) 4 (;@1;) 1 (;@4;)
              f64.const -nan:0xfffffffff7fff (;=NaN;)
              i32.trunc_sat_f64_s
              if (result funcref) ;; label = @6
                i64.const -9053487442804629782
                f64.convert_i64_s
                br 3 (;@3;)
                br 4 (;@2;)
                i32.trunc_f64_s
                i32.const -1090171549
                i32.load offset=141737
                i32.ne
                i16x8.splat
                ref.func 4
                memory.size
                f32.convert_i32_s
                i64.trunc_sat_f32_u
                data.drop 1
                block ;; label = @7
                  f64.const 0x1.4349596edeac9p-933 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000017392486611145373;)
                  local.get 0
                  v128.load8x8_s offset=86938
                  i32x4.neg
                  f32x4.convert_i32x4_s
                  i32x4.trunc_sat_f64x2_s_zero
                  i64x2.extend_high_i32x4_s
                  i32.const 1073741824
                  v128.load16x4_u offset=79720 align=1
                  i16x8.extmul_high_i8x16_s
                  i64x2.extend_low_i32x4_s
                  i32x4.extadd_pairwise_i16x8_s
                  f32x4.convert_i32x4_s
                  i16x8.neg
                  v128.not
                  i16x8.extend_high_i8x16_s
                  i16x8.neg
                  i16x8.extract_lane_u 6
                  f32.convert_i32_s
                  memory.size
                  f64.convert_i32_s
                  i64.trunc_sat_f64_s
                  global.get 0
                  global.get 0
                  nop
                  f64.const -nan:0xfffe000000000 (;=NaN;)
                  f64.trunc
                  local.tee 7
                  f64.const nan (;=NaN;)
                  local.get 7
                  local.get 7
                  f64.eq
                  select
                  f64.nearest
                  local.tee 8
                  f64.const nan (;=NaN;)
                  local.get 8
                  local.get 8
                  f64.eq
                  select
                  f64.abs
                  loop ;; label = @8
                    global.get 6
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 6
                    i32.const 1
                    i32.sub
                    global.set 6
                    i32.const -32768
                    i32.load8_u offset=79707
                    i32.load8_u offset=168725
                    memory.size
                    v128.load32x2_u offset=70157 align=1
                    f64.const 0x1.9d57af5c1bf8cp-461 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002711702965019777;)
                    i32.const 127
                    i64.const -36028797018963968
                    global.get 2
                    i64.xor
                    global.set 2
                    global.get 1
                    i32.xor
                    global.set 1
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    global.get 4
                    v128.xor
                    global.set 4
                    global.get 1
                    i32.xor
                    global.set 1
                  end
                  i64.reinterpret_f64
                  global.get 3
                  i64.xor
                  global.set 3
                  drop
                  drop
                  global.get 2
                  i64.xor
                  global.set 2
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                  i64.reinterpret_f64
                  global.get 3
                  i64.xor
                  global.set 3
                end
                global.get 2
                i64.xor
                global.set 2
                drop
                global.get 4
                v128.xor
                global.set 4
                ref.null func
              else
                ref.null func
              end
              drop
              drop
              drop
              drop
              global.get 2
              i64.xor
              global.set 2
              global.get 4
              v128.xor
              global.set 4
              global.get 1
              i32.xor
              global.set 1
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
              global.get 1
              i32.xor
              global.set 1
              drop
              i64.reinterpret_f64
              global.get 3
              i64.xor
              global.set 3
              drop
              drop
              global.get 2
              i64.xor
              global.set 2
              global.get 1
              i32.xor
              global.set 1
              global.get 1
              i32.xor
              global.set 1
              f32.const 0x1.ff8p-140 (;=0.000000000000000000000000000000000000000001434;)
            else
              f32.const 0x1.7f9e3ap+109 (;=972587360000000000000000000000000;)
            end
            i32.reinterpret_f32
            global.get 5
            i32.xor
            global.set 5
            f64.const 0x1.8p-1073 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000015;)
          end
          i64.reinterpret_f64
          global.get 3
          i64.xor
          global.set 3
          global.get 1
          i32.xor
          global.set 1
        end
        global.get 2
        i64.xor
        global.set 2
        global.get 2
        i64.xor
        global.set 2
        drop
        drop
        drop
        v128.const i32x4 0xfffffff8 0xffffffff 0x00000010 0x00000000
      end
      global.get 4
      v128.xor
      global.set 4
      f32.const -0x1p+121 (;=-2658456000000000000000000000000000000;)
    end
    i32.reinterpret_f32
    global.get 5
    i32.xor
    global.set 5
    v128.const i32x4 0xd4ac3afd 0x914e9821 0x26e3082f 0xf39d684d
    i64.const 3345987415133955957
  )
  (func (;2;) (type 0) (param i32 i32) (result v128 i64)
    (local v128 f64 f32 v128 v128 v128 v128 v128)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    v128.const i32x4 0x44e36eac 0xd7cd794e 0x4df39bbb 0x3e023ee4
    i64x2.extend_low_i32x4_u
    nop
    i64x2.neg
    i32x4.bitmask
    i64.load8_u offset=107367
    data.drop 0
    i64.extend16_s
    i64x2.splat
    i64x2.bitmask
    i32.load8_u offset=7362
    i64.load16_s offset=181531
    i64x2.splat
    i64.const 2001721637327076422
    br 0
    elem.drop 0
    block (result i64) ;; label = @1
      loop ;; label = @2
        global.get 6
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 6
        i32.const 1
        i32.sub
        global.set 6
        i32.const -1073741824
        ref.func 4
        loop (result i32) ;; label = @3
          global.get 6
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 6
          i32.const 1
          i32.sub
          global.set 6
          global.get 0
          i32.const 1323399853
          f64.const 0x1.fffffffp-1046 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002652494734;)
          elem.drop 3
          i32.const 990729643
          v128.load32_zero offset=154961
          f64x2.ceil
          local.tee 2
          v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
          local.get 2
          local.get 2
          f64x2.eq
          v128.bitselect
          i64x2.extend_low_i32x4_u
          f32x4.extract_lane 1
          memory.size
          f64.convert_i32_u
          i64.const 8265632902292351101
          f64.convert_i64_u
          f64.gt
          memory.grow
          v128.load32x2_u offset=86442
          f64x2.promote_low_f32x4
          local.get 1
          local.get 0
          i32.store offset=72931 align=1
          i8x16.all_true
          v128.load8_splat offset=111835
          i32x4.trunc_sat_f32x4_u
          elem.drop 1
          i8x16.bitmask
          br_table 0 (;@3;) 1 (;@2;) 0 (;@3;)
          i32.trunc_sat_f32_u
          f64.convert_i32_u
          f32.const -0x1p+65 (;=-36893490000000000000;)
          ref.func 4
          f32.const -0x1.055934p+111 (;=-2650388000000000000000000000000000;)
          i32.const 1822976735
          i64.load16_u offset=170032 align=1
          i64.extend32_s
          loop (result f32) ;; label = @4
            global.get 6
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 6
            i32.const 1
            i32.sub
            global.set 6
            block ;; label = @5
              block (result i32) ;; label = @6
                loop (result externref) ;; label = @7
                  global.get 6
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 6
                  i32.const 1
                  i32.sub
                  global.set 6
                  f64.const 0x1.12238aa0c8221p-897 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010135017091612629;)
                  ref.null func
                  global.get 0
                  global.get 0
                  local.get 1
                  f32.convert_i32_s
                  f32.neg
                  ref.null extern
                  global.get 0
                  f64.const 0x1.ff1fe0fbec7b3p-946 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003356687088045252;)
                  f64.floor
                  local.tee 3
                  f64.const nan (;=NaN;)
                  local.get 3
                  local.get 3
                  f64.eq
                  select
                  i64.reinterpret_f64
                  memory.size
                  f32.const 0x1.fff8p-136 (;=0.000000000000000000000000000000000000000022957;)
                  i64.const 5315131965460653509
                  f32.convert_i64_s
                  f32.neg
                  ref.func 4
                  loop ;; label = @8
                    global.get 6
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 6
                    i32.const 1
                    i32.sub
                    global.set 6
                    v128.const i32x4 0x69709b6c 0x177201ee 0x5369fa8a 0xe8dcdd2c
                    i64x2.extend_high_i32x4_s
                    i32x4.neg
                    i8x16.extract_lane_s 8
                    i32.load16_s offset=145490
                    data.drop 2
                    i64.load8_s offset=39327
                    local.get 1
                    v128.load8x8_s offset=12348 align=1
                    i16x8.extract_lane_u 2
                    f64.load offset=138969
                    v128.const i32x4 0x8309288b 0x7e8d7a3f 0xfe43d0d3 0x74efb6fc
                    block ;; label = @9
                      ref.null func
                      data.drop 0
                      block (result i64) ;; label = @10
                        i64.const 196607
                        i64.clz
                      end
                      memory.size
                      block ;; label = @10
                        ref.null func
                        elem.drop 2
                        ref.null func
                        f64.const 0x1.p-1036 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000135807730622;)
                        i32.trunc_sat_f64_s
                        local.set 1
                        block (result i64) ;; label = @11
                          f64.const -nan:0xf000000000000 (;=NaN;)
                          loop ;; label = @12
                            global.get 6
                            i32.eqz
                            if ;; label = @13
                              unreachable
                            end
                            global.get 6
                            i32.const 1
                            i32.sub
                            global.set 6
                            i64.const 576460752303423487
                            f32.convert_i64_s
                            f32.sqrt
                            local.tee 4
                            f32.const nan (;=NaN;)
                            local.get 4
                            local.get 4
                            f32.eq
                            select
                            i32.reinterpret_f32
                            i64.load32_u offset=144529 align=1
                            f32.convert_i64_s
                            f32.abs
                            f32.neg
                            f32x4.splat
                            memory.size
                            i64x2.shr_s
                            i32x4.extend_high_i16x8_s
                            f32x4.sqrt
                            local.tee 5
                            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                            local.get 5
                            local.get 5
                            f32x4.eq
                            v128.bitselect
                            i32x4.bitmask
                            v128.load8x8_s offset=17597
                            data.drop 1
                            i8x16.bitmask
                            block (result i32) ;; label = @13
                              br 8 (;@5;)
                              f64.const -0x1.9e3a66f14eb58p+78 (;=-489034263215227740000000;)
                              loop (result funcref) ;; label = @14
                                global.get 6
                                i32.eqz
                                if ;; label = @15
                                  unreachable
                                end
                                global.get 6
                                i32.const 1
                                i32.sub
                                global.set 6
                                global.get 0
                                local.get 0
                                ref.func 4
                                v128.const i32x4 0x4a51b384 0x54d797b7 0x27d86479 0xac79d04f
                                f64x2.floor
                                local.tee 6
                                v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                                local.get 6
                                local.get 6
                                f64x2.eq
                                v128.bitselect
                                f64x2.neg
                                f32x4.ceil
                                local.tee 7
                                v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                                local.get 7
                                local.get 7
                                f32x4.eq
                                v128.bitselect
                                i32x4.neg
                                v128.not
                                i8x16.abs
                                f64x2.ceil
                                local.tee 8
                                v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                                local.get 8
                                local.get 8
                                f64x2.eq
                                v128.bitselect
                                f64x2.sqrt
                                local.tee 9
                                v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                                local.get 9
                                local.get 9
                                f64x2.eq
                                v128.bitselect
                                i64x2.all_true
                                ref.null func
                                local.get 0
                                if (result f32) ;; label = @15
                                  data.drop 0
                                  v128.const i32x4 0x0d9482cb 0x7bdd6838 0xb3016eac 0xbd2eb91a
                                  i8x16.all_true
                                  v128.load32x2_s offset=75400 align=2
                                  i32x4.bitmask
                                  data.drop 1
                                  i32.load16_s offset=79130 align=1
                                  global.get 1
                                  i32.xor
                                  global.set 1
                                  f32.const 0x1.ab43cap-17 (;=0.000012733483;)
                                else
                                  f32.const -0x1p+113 (;=-10384594000000000000000000000000000;)
                                end
                                i32.reinterpret_f32
                                global.get 5
                                i32.xor
                                global.set 5
                                drop
                                global.get 1
                                i32.xor
                                global.set 1
                                drop
                                global.get 1
                                i32.xor
                                global.set 1
                              end
                              drop
                              i64.reinterpret_f64
                              global.get 3
                              i64.xor
                              global.set 3
                              i32.const 1603185123
                            end
                            global.get 1
                            i32.xor
                            global.set 1
                            global.get 1
                            i32.xor
                            global.set 1
                          end
                          i64.reinterpret_f64
                          global.get 3
                          i64.xor
                          global.set 3
                          i64.const -8368050184605266643
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                        drop
                        drop
                      end
                      global.get 1
                      i32.xor
                      global.set 1
                      global.get 2
                      i64.xor
                      global.set 2
                      drop
                    end
                    global.get 4
                    v128.xor
                    global.set 4
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    global.get 2
                    i64.xor
                    global.set 2
                  end
                  drop
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 2
                  i64.xor
                  global.set 2
                  drop
                  drop
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                  drop
                  drop
                  drop
                  i64.reinterpret_f64
                  global.get 3
                  i64.xor
                  global.set 3
                  ref.null extern
                end
                drop
                i32.const 872415232
              end
              global.get 1
              i32.xor
              global.set 1
            end
            f32.const 0x1.8c1066p+36 (;=106317636000;)
          end
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          global.get 2
          i64.xor
          global.set 2
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          drop
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          i64.reinterpret_f64
          global.get 3
          i64.xor
          global.set 3
          i64.reinterpret_f64
          global.get 3
          i64.xor
          global.set 3
          global.get 1
          i32.xor
          global.set 1
          drop
          i32.const -512
        end
        global.get 1
        i32.xor
        global.set 1
        drop
        global.get 1
        i32.xor
        global.set 1
      end
      i64.const 2097152
    end
    global.get 2
    i64.xor
    global.set 2
    v128.const i32x4 0x00100000 0x00000000 0x00000000 0x00080000
    i64.const -1025
  )
  (func (;3;) (type 0) (param i32 i32) (result v128 i64)
    (local v128 v128 v128 f64 v128 v128 f32)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    data.drop 1
    local.get 0
    v128.load8_splat offset=73734
    f32x4.sqrt
    local.tee 2
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 2
    local.get 2
    f32x4.eq
    v128.bitselect
    i64x2.all_true
    ref.func 4
    ref.is_null
    i32.and
    v128.load16x4_u offset=178478
    f64x2.sqrt
    local.tee 3
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 3
    local.get 3
    f64x2.eq
    v128.bitselect
    f64x2.convert_low_i32x4_u
    local.get 0
    if ;; label = @1
      v128.const i32x4 0x60d5c87f 0x008f6fa2 0x084c4f60 0xbe3417b4
      f32x4.sqrt
      local.tee 4
      v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
      local.get 4
      local.get 4
      f32x4.eq
      v128.bitselect
      i64x2.all_true
      f64.const -0x1.380a1f2cf45bdp+1007 (;=-1671765254829138300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      br 0 (;@1;)
      f64.floor
      local.tee 5
      f64.const nan (;=NaN;)
      local.get 5
      local.get 5
      f64.eq
      select
      br 0 (;@1;)
      i64.trunc_sat_f64_u
      i64.const -510169742163941781
      i64.eq
      i64.extend_i32_u
      i64.extend16_s
      i64.clz
      f32.const 0x1.fp-145 (;=0.000000000000000000000000000000000000000000043;)
      block ;; label = @2
        f64.const 0x1.80008p-1057 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000971378;)
        i32.trunc_sat_f64_u
        v128.load8x8_s offset=39869 align=1
        local.get 1
        i64.extend_i32_s
        return
        v128.const i32x4 0xbb4de0c4 0x634b407b 0x52cb09bc 0x377df767
        memory.size
        global.get 0
        ref.null func
        f32.const 0x1.ffff8p-131 (;=0.000000000000000000000000000000000000000734681;)
        i32.reinterpret_f32
        i64.load16_s offset=151867
        i64.clz
        unreachable
        f32.const -0x0p+0 (;=-0;)
        i32.const -1312778125
        f64.convert_i32_s
        f64.abs
        i32.trunc_sat_f64_u
        i64.extend_i32_s
        f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
        i32.const 1689843767
        f64.load offset=192739
        i32.trunc_sat_f64_s
        elem.drop 0
        v128.load16x4_u offset=194365 align=2
        f64x2.ceil
        local.tee 6
        v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
        local.get 6
        local.get 6
        f64x2.eq
        v128.bitselect
        f32x4.ceil
        local.tee 7
        v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
        local.get 7
        local.get 7
        f32x4.eq
        v128.bitselect
        f64x2.extract_lane 0
        ref.func 4
        ref.null func
        nop
        f32.const -0x1.275c48p+46 (;=-81188070000000;)
        f32.nearest
        local.tee 8
        f32.const nan (;=NaN;)
        local.get 8
        local.get 8
        f32.eq
        select
        i32.reinterpret_f32
        global.get 5
        i32.xor
        global.set 5
        drop
        drop
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        i32.reinterpret_f32
        global.get 5
        i32.xor
        global.set 5
        global.get 2
        i64.xor
        global.set 2
        i32.reinterpret_f32
        global.get 5
        i32.xor
        global.set 5
        global.get 2
        i64.xor
        global.set 2
        drop
        drop
        global.get 1
        i32.xor
        global.set 1
        global.get 4
        v128.xor
        global.set 4
      end
      i32.reinterpret_f32
      global.get 5
      i32.xor
      global.set 5
      global.get 2
      i64.xor
      global.set 2
      global.get 1
      i32.xor
      global.set 1
    end
    i64.const -4356712473985785822
  )
  (func (;4;) (type 0) (param i32 i32) (result v128 i64)
    (local v128 v128 v128 v128 f32 v128 v128)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    local.get 1
    v128.const i32x4 0x676ed73e 0xb638258f 0x6342240b 0xc89b7045
    f32.const 0x1.020202p-125 (;=0.000000000000000000000000000000000000023694278;)
    i64.const -9009458499416127967
    i64.eqz
    i64.load offset=183773 align=4
    f32.convert_i64_s
    loop (result v128) ;; label = @1
      global.get 6
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 6
      i32.const 1
      i32.sub
      global.set 6
      memory.size
      i32.popcnt
      local.get 0
      i64.load32_s offset=30348
      i64.eqz
      v128.load32x2_u offset=189001 align=2
      i32x4.trunc_sat_f32x4_s
      v128.store8_lane offset=166414 7
      v128.const i32x4 0xb8b0e83a 0x4b6e76c9 0xcc3a3253 0x02990be0
      i16x8.abs
      data.drop 2
      i8x16.extract_lane_u 6
      i32.extend8_s
      i32.ctz
      memory.grow
      i32.load8_s offset=167058
      f32.load offset=162178
      i32.reinterpret_f32
      i64.const -3870191457603162919
      f32.convert_i64_u
      f64.promote_f32
      block (result i64) ;; label = @2
        ref.func 4
        loop (result f64) ;; label = @3
          global.get 6
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 6
          i32.const 1
          i32.sub
          global.set 6
          f32.const -0x0p+0 (;=-0;)
          f32.abs
          local.get 0
          f32.reinterpret_i32
          i32.const 2114038394
          i32.extend16_s
          v128.load8x8_u offset=43362
          i8x16.neg
          ref.func 4
          data.drop 2
          f64.const -0x1p+1021 (;=-22471164185778950000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          v128.const i32x4 0x61712bc9 0x81eceee5 0x122967ec 0xd6704241
          i16x8.neg
          i64x2.extend_low_i32x4_u
          f64x2.nearest
          local.tee 2
          v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
          local.get 2
          local.get 2
          f64x2.eq
          v128.bitselect
          i32x4.extend_low_i16x8_u
          i16x8.extadd_pairwise_i8x16_s
          i16x8.extract_lane_s 6
          v128.load8_splat offset=169814
          ref.func 4
          v128.const i32x4 0xb024942b 0x18e0e113 0xcc0f60cd 0x656eb943
          i16x8.extadd_pairwise_i8x16_u
          i8x16.neg
          f64x2.sqrt
          local.tee 3
          v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
          local.get 3
          local.get 3
          f64x2.eq
          v128.bitselect
          f32x4.trunc
          local.tee 4
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          local.get 4
          local.get 4
          f32x4.eq
          v128.bitselect
          f64x2.neg
          i8x16.bitmask
          i64.const -6167175767185611432
          i64.extend8_s
          i64.extend16_s
          f64.convert_i64_s
          f64.abs
          f32.const -0x1.e4b47cp-121 (;=-0.00000000000000000000000000000000000071221;)
          v128.const i32x4 0x1c62895c 0xc97f1936 0xeb4b0f8e 0xdda7342d
          i32x4.extadd_pairwise_i16x8_s
          i16x8.extend_high_i8x16_u
          block (result f64) ;; label = @4
            f64.const 0x1.p-1051 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004144523;)
            f64.const 0x1.c9d59c3d8f0a2p-211 (;=0.0000000000000000000000000000000000000000000000000000000000000005434247133411487;)
            f64.eq
            local.get 0
            v128.load64_zero offset=145180 align=2
            i16x8.extract_lane_s 3
            elem.drop 3
            i32.load offset=39202 align=1
            i32.ne
            if (result i64) ;; label = @5
              br 4 (;@1;)
              block ;; label = @6
                local.get 0
                i64.const 196607
                block ;; label = @7
                  v128.const i32x4 0x5630dec1 0x4fb6c397 0x9570f032 0xdff4ba30
                  i16x8.extend_low_i8x16_u
                  f32x4.floor
                  local.tee 5
                  v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                  local.get 5
                  local.get 5
                  f32x4.eq
                  v128.bitselect
                  i8x16.extract_lane_s 5
                  i32.popcnt
                  i64.const -267522861303129629
                  block ;; label = @8
                  end
                  ref.null extern
                  v128.const i32x4 0x34c03748 0xab018863 0x14438d58 0x1f981c09
                  i16x8.bitmask
                  i32.load8_s offset=83536
                  i64.const 2755661930957984716
                  i64.clz
                  f64.convert_i64_s
                  f64.abs
                  i64.reinterpret_f64
                  i64.store offset=66978
                  global.get 0
                  elem.drop 3
                  br 6 (;@1;)
                  ref.null extern
                  i64.const 562949953421312
                  data.drop 1
                  elem.drop 1
                  f32.convert_i64_u
                  f32.sqrt
                  local.tee 6
                  f32.const nan (;=NaN;)
                  local.get 6
                  local.get 6
                  f32.eq
                  select
                  data.drop 1
                  i32.trunc_f32_s
                  i32.load16_u offset=77146 align=1
                  i32.load8_u offset=291068
                  global.get 0
                  ref.is_null
                  i32.ctz
                  i32.rotl
                  i64.load8_s offset=163116
                  ref.null extern
                  elem.drop 2
                  block ;; label = @8
                    ref.null extern
                    f64.const -0x1.a8a781ad23575p+823 (;=-92785906519427020000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                    block ;; label = @9
                      local.get 1
                      i64.extend_i32_u
                      loop (result i64) ;; label = @10
                        global.get 6
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 6
                        i32.const 1
                        i32.sub
                        global.set 6
                        f64.const -0x1.fffffffffffffp+1020 (;=-22471164185778946000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                        i64.const -513
                        loop (result i64) ;; label = @11
                          global.get 6
                          i32.eqz
                          if ;; label = @12
                            unreachable
                          end
                          global.get 6
                          i32.const 1
                          i32.sub
                          global.set 6
                          block ;; label = @12
                            f32.const 0x1.f8p-144 (;=0.000000000000000000000000000000000000000000088;)
                            i64.trunc_f32_u
                            f64.convert_i64_u
                            i64.reinterpret_f64
                            i32.wrap_i64
                            i64.load16_s offset=184065
                            data.drop 0
                            f64.convert_i64_u
                            block (result v128) ;; label = @13
                              br 10 (;@3;)
                              loop ;; label = @14
                                global.get 6
                                i32.eqz
                                if ;; label = @15
                                  unreachable
                                end
                                global.get 6
                                i32.const 1
                                i32.sub
                                global.set 6
                                ref.null extern
                                f64.const 0x1.59d4c19916654p+791 (;=17593434345885742000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                block (result i64) ;; label = @15
                                  loop ;; label = @16
                                    global.get 6
                                    i32.eqz
                                    if ;; label = @17
                                      unreachable
                                    end
                                    global.get 6
                                    i32.const 1
                                    i32.sub
                                    global.set 6
                                    v128.const i32x4 0x9067a0d7 0x1ca595fa 0x7f6c5c16 0xad0e6411
                                    i16x8.extadd_pairwise_i8x16_u
                                    ref.null extern
                                    memory.size
                                    i32.ctz
                                    i32.load8_u offset=85781
                                    i64.load32_u offset=16034 align=2
                                    i64.const 1853052624236684821
                                    local.get 0
                                    v128.load16x4_s offset=105025 align=4
                                    f32x4.sqrt
                                    local.tee 7
                                    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                                    local.get 7
                                    local.get 7
                                    f32x4.eq
                                    v128.bitselect
                                    nop
                                    f64x2.ceil
                                    local.tee 8
                                    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                                    local.get 8
                                    local.get 8
                                    f64x2.eq
                                    v128.bitselect
                                    global.get 4
                                    v128.xor
                                    global.set 4
                                    global.get 2
                                    i64.xor
                                    global.set 2
                                    global.get 2
                                    i64.xor
                                    global.set 2
                                    drop
                                    global.get 4
                                    v128.xor
                                    global.set 4
                                  end
                                  i64.const 1605024583300427763
                                end
                                global.get 2
                                i64.xor
                                global.set 2
                                i64.reinterpret_f64
                                global.get 3
                                i64.xor
                                global.set 3
                                drop
                              end
                              v128.const i32x4 0x00000000 0xffff8000 0x00000000 0x00000020
                            end
                            global.get 4
                            v128.xor
                            global.set 4
                            i64.reinterpret_f64
                            global.get 3
                            i64.xor
                            global.set 3
                          end
                          i64.const -7059346075164909299
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 2
                        i64.xor
                        global.set 2
                        i64.reinterpret_f64
                        global.get 3
                        i64.xor
                        global.set 3
                        i64.const 4596208426265022482
                      end
                      global.get 2
                      i64.xor
                      global.set 2
                      global.get 2
                      i64.xor
                      global.set 2
                    end
                    i64.reinterpret_f64
                    global.get 3
                    i64.xor
                    global.set 3
                    drop
                  end
                  drop
                  global.get 2
                  i64.xor
                  global.set 2
                  drop
                  drop
                  drop
                  global.get 2
                  i64.xor
                  global.set 2
                  global.get 1
                  i32.xor
                  global.set 1
                end
                global.get 2
                i64.xor
                global.set 2
                global.get 1
                i32.xor
                global.set 1
              end
              i64.const -3142961725597418571
            else
              i64.const -281474976710656
            end
            global.get 2
            i64.xor
            global.set 2
            f64.const 0x1.fffffffffffcp-1028 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000695335580783495;)
          end
          i64.reinterpret_f64
          global.get 3
          i64.xor
          global.set 3
          global.get 4
          v128.xor
          global.set 4
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          i64.reinterpret_f64
          global.get 3
          i64.xor
          global.set 3
          global.get 1
          i32.xor
          global.set 1
          drop
          global.get 4
          v128.xor
          global.set 4
          i64.reinterpret_f64
          global.get 3
          i64.xor
          global.set 3
          drop
          global.get 4
          v128.xor
          global.set 4
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          f64.const -nan:0xfefffffffffff (;=NaN;)
        end
        i64.reinterpret_f64
        global.get 3
        i64.xor
        global.set 3
        drop
        i64.const -144115188075855873
      end
      global.get 2
      i64.xor
      global.set 2
      i64.reinterpret_f64
      global.get 3
      i64.xor
      global.set 3
      global.get 1
      i32.xor
      global.set 1
      v128.const i32x4 0x301ea2fa 0xc486355b 0xfa9303df 0x0d3b008c
    end
    global.get 4
    v128.xor
    global.set 4
    i32.reinterpret_f32
    global.get 5
    i32.xor
    global.set 5
    i32.reinterpret_f32
    global.get 5
    i32.xor
    global.set 5
    global.get 4
    v128.xor
    global.set 4
    global.get 1
    i32.xor
    global.set 1
    v128.const i32x4 0x0e7b79f2 0x6f1be723 0x3ad7bb3a 0x9dc6d3fb
    i64.const 222405490070593804
  )
  (func (;5;) (type 0) (param i32 i32) (result v128 i64)
    (local v128 f64 f32 f32 f64 v128 v128 v128)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    elem.drop 1
    global.get 0
    f32.const -0x1.463c2ap+85 (;=-49299240000000000000000000;)
    elem.drop 0
    ref.null extern
    loop ;; label = @1
      global.get 6
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 6
      i32.const 1
      i32.sub
      global.set 6
      global.get 0
      memory.size
      local.set 0
      f32.const 0x1.b25f36p+6 (;=108.59298;)
      ref.null extern
      block ;; label = @2
        block (result externref) ;; label = @3
          block ;; label = @4
            br 0 (;@4;)
            ref.func 4
            loop ;; label = @5
              global.get 6
              i32.eqz
              if ;; label = @6
                unreachable
              end
              global.get 6
              i32.const 1
              i32.sub
              global.set 6
              ref.null func
              i32.const 16843009
              elem.drop 1
              ref.func 4
              ref.is_null
              i32.load8_u offset=19689
              i32.store16 offset=106347 align=1
              br 0 (;@5;)
              block (result i32) ;; label = @6
                f64.const 0x1.p-1050 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008289046;)
                i64.trunc_sat_f64_s
                elem.drop 2
                v128.const i32x4 0x83882727 0x6c228e87 0x13fd39cf 0x8f22575f
                i16x8.all_true
                v128.load32_zero offset=18627
                i8x16.all_true
                i64.extend_i32_s
                i64x2.splat
                i32x4.trunc_sat_f64x2_u_zero
                f32x4.convert_i32x4_s
                f32x4.nearest
                local.tee 2
                v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                local.get 2
                local.get 2
                f32x4.eq
                v128.bitselect
                f64x2.extract_lane 0
                ref.null extern
                ref.func 4
                data.drop 2
                f64.const 0x1.1aae2e9ce16ebp+679 (;=2769636575422732400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                i32.trunc_sat_f64_u
                i32.load8_u offset=147362
                v128.load64_splat offset=104718 align=4
                f64x2.abs
                ref.null func
                f32.const 0x1.00002p-130 (;=0.000000000000000000000000000000000000000734685;)
                f32.neg
                i32.trunc_sat_f32_s
                i32.popcnt
                i64.load8_s offset=112798
                memory.size
                br 4 (;@2;)
                i64.const -9
                ref.null func
                loop ;; label = @7
                  global.get 6
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 6
                  i32.const 1
                  i32.sub
                  global.set 6
                  f64.const 0x1.ec9a2a06cacbdp+534 (;=108211662586970830000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                  nop
                  f64.nearest
                  local.tee 3
                  f64.const nan (;=NaN;)
                  local.get 3
                  local.get 3
                  f64.eq
                  select
                  i64.trunc_f64_s
                  i64.eqz
                  i64.extend_i32_s
                  data.drop 2
                  i32.const 849460698
                  loop (result v128) ;; label = @8
                    global.get 6
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 6
                    i32.const 1
                    i32.sub
                    global.set 6
                    ref.func 4
                    f32.const 0x1.fep-142 (;=0.000000000000000000000000000000000000000000357;)
                    f32.floor
                    local.tee 4
                    f32.const nan (;=NaN;)
                    local.get 4
                    local.get 4
                    f32.eq
                    select
                    local.get 0
                    i32.ctz
                    global.get 0
                    ref.null extern
                    i32.const 1267224393
                    i32.load8_s offset=340352
                    v128.load16_splat offset=192166
                    i8x16.extract_lane_s 1
                    i64.load8_u offset=178229
                    i64.ctz
                    i64.extend8_s
                    i64.clz
                    block ;; label = @9
                      f32.const 0x1.f72b8p-127 (;=0.000000000000000000000000000000000000011552215;)
                      f32.neg
                      block (result i32) ;; label = @10
                        elem.drop 2
                        br 2 (;@8;)
                        i32.const 123352598
                        f32.convert_i32_s
                        f32.floor
                        local.tee 5
                        f32.const nan (;=NaN;)
                        local.get 5
                        local.get 5
                        f32.eq
                        select
                        i32.trunc_f32_s
                        f64.load offset=79368 align=4
                        f64.const -0x1.ee61958500a31p-415 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000022823054677062479;)
                        f64.floor
                        local.tee 6
                        f64.const nan (;=NaN;)
                        local.get 6
                        local.get 6
                        f64.eq
                        select
                        i64.trunc_sat_f64_u
                        ref.func 4
                        block (result i64) ;; label = @11
                          v128.const i32x4 0xae08bbaa 0x46dd821c 0x05a00b3e 0x8e33336b
                          i64x2.abs
                          i32x4.extract_lane 3
                          v128.load32_zero offset=135537 align=2
                          i64x2.all_true
                          i32.load8_s offset=68311
                          i16x8.splat
                          ref.null extern
                          block (result i64) ;; label = @12
                            v128.const i32x4 0x98d71a0d 0x817e9252 0xaae39fc0 0xbcdc84e0
                            i8x16.neg
                            f32x4.extract_lane 3
                            f32x4.splat
                            i32x4.extend_high_i16x8_s
                            i16x8.extend_low_i8x16_u
                            ref.null func
                            data.drop 0
                            data.drop 2
                            block ;; label = @13
                              f64.const -0x1.b2e7b26ed5dbcp+216 (;=-178909567199359300000000000000000000000000000000000000000000000000;)
                              i64.const -536870912
                              br 11 (;@2;)
                              br 0 (;@13;)
                              i64.eqz
                              loop (result f32) ;; label = @14
                                global.get 6
                                i32.eqz
                                if ;; label = @15
                                  unreachable
                                end
                                global.get 6
                                i32.const 1
                                i32.sub
                                global.set 6
                                v128.const i32x4 0xe49923bd 0x806a9f0b 0x5bb9b1ec 0xf10ddfc5
                                f64x2.ceil
                                local.tee 7
                                v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                                local.get 7
                                local.get 7
                                f64x2.eq
                                v128.bitselect
                                f64x2.nearest
                                local.tee 8
                                v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                                local.get 8
                                local.get 8
                                f64x2.eq
                                v128.bitselect
                                i64x2.extend_low_i32x4_s
                                f32x4.demote_f64x2_zero
                                i8x16.extract_lane_s 12
                                i32.extend16_s
                                i32.eqz
                                v128.const i32x4 0x4c7b100f 0x484c5bb0 0x51ec997a 0x4c1b04c2
                                elem.drop 3
                                v128.store32_lane offset=54472 3
                                local.get 0
                                v128.load32x2_u offset=153635
                                f32x4.trunc
                                local.tee 9
                                v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                                local.get 9
                                local.get 9
                                f32x4.eq
                                v128.bitselect
                                i32x4.abs
                                i8x16.all_true
                                v128.load8x8_u offset=123630
                                i8x16.all_true
                                f64.load offset=120126
                                f64.const -nan:0xffffffffffe00 (;=NaN;)
                                global.get 0
                                loop (result externref) ;; label = @15
                                  global.get 6
                                  i32.eqz
                                  if ;; label = @16
                                    unreachable
                                  end
                                  global.get 6
                                  i32.const 1
                                  i32.sub
                                  global.set 6
                                  local.get 1
                                  i32.extend8_s
                                  local.set 1
                                  br 1 (;@14;)
                                  i32.const -134217728
                                  i8x16.splat
                                  f32x4.convert_i32x4_u
                                  global.get 4
                                  v128.xor
                                  global.set 4
                                  ref.null extern
                                end
                                drop
                                drop
                                i64.reinterpret_f64
                                global.get 3
                                i64.xor
                                global.set 3
                                i64.reinterpret_f64
                                global.get 3
                                i64.xor
                                global.set 3
                                f32.const 0x1.b213b6p+50 (;=1909090800000000;)
                              end
                              i32.reinterpret_f32
                              global.get 5
                              i32.xor
                              global.set 5
                              global.get 1
                              i32.xor
                              global.set 1
                              i64.reinterpret_f64
                              global.get 3
                              i64.xor
                              global.set 3
                            end
                            drop
                            global.get 4
                            v128.xor
                            global.set 4
                            i64.const -6148914691236517206
                          end
                          global.get 2
                          i64.xor
                          global.set 2
                          drop
                          global.get 4
                          v128.xor
                          global.set 4
                          i64.const -8598130474664059523
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                        drop
                        global.get 2
                        i64.xor
                        global.set 2
                        i64.reinterpret_f64
                        global.get 3
                        i64.xor
                        global.set 3
                        i32.const 817773344
                      end
                      global.get 1
                      i32.xor
                      global.set 1
                      i32.reinterpret_f32
                      global.get 5
                      i32.xor
                      global.set 5
                    end
                    global.get 2
                    i64.xor
                    global.set 2
                    drop
                    drop
                    global.get 1
                    i32.xor
                    global.set 1
                    i32.reinterpret_f32
                    global.get 5
                    i32.xor
                    global.set 5
                    drop
                    v128.const i32x4 0xffffffff 0xfffffff7 0x00030004 0x00000000
                  end
                  global.get 4
                  v128.xor
                  global.set 4
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 2
                  i64.xor
                  global.set 2
                end
                drop
                drop
                global.get 1
                i32.xor
                global.set 1
                global.get 2
                i64.xor
                global.set 2
                drop
                global.get 4
                v128.xor
                global.set 4
                drop
                drop
                i64.reinterpret_f64
                global.get 3
                i64.xor
                global.set 3
                global.get 2
                i64.xor
                global.set 2
                i32.const -1568564595
              end
              global.get 1
              i32.xor
              global.set 1
              drop
            end
            drop
          end
          ref.null extern
        end
        drop
      end
      drop
      i32.reinterpret_f32
      global.get 5
      i32.xor
      global.set 5
      drop
    end
    drop
    i32.reinterpret_f32
    global.get 5
    i32.xor
    global.set 5
    drop
    v128.const i32x4 0x00000000 0x3cb00000 0x00000002 0x00000000
    i64.const -6527258787591486448
  )
  (func (;6;) (type 0) (param i32 i32) (result v128 i64)
    (local i32 i64 i32 f32 funcref externref funcref v128)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    i32.const 872415232
    i32.load offset=58592 align=2
    i32.extend16_s
    v128.load64_zero offset=127762 align=2
    i8x16.extract_lane_u 2
    v128.load8_splat offset=176753
    block ;; label = @1
    end
    f64.const -0x1.aaaaaaaaaaaaap-341 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000037206620809969885;)
    i32.trunc_f64_s
    i64.load8_s offset=19484
    i64.clz
    ref.null func
    ref.null extern
    elem.drop 0
    i64.const -6932524956430400477
    f32.convert_i64_s
    v128.const i32x4 0xdd97f926 0xcbdde427 0xcc137f2e 0xcf05421d
    f32x4.demote_f64x2_zero
    f32x4.neg
    f32x4.nearest
    local.tee 9
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 9
    local.get 9
    f32x4.eq
    v128.bitselect
    f32.const -0x1p+65 (;=-36893490000000000000;)
    i64.trunc_f32_s
    local.tee 3
    global.get 0
    block (result i32) ;; label = @1
      i32.const -104333247
    end
    global.get 1
    i32.xor
    global.set 1
    drop
    global.get 2
    i64.xor
    global.set 2
    global.get 4
    v128.xor
    global.set 4
    i32.reinterpret_f32
    global.get 5
    i32.xor
    global.set 5
    drop
    drop
  )
  (data (;0;) (i32.const 30713) "\13\c7")
  (data (;1;) (i32.const 3311) "")
  (data (;2;) (i32.const 414) "\e7")
)
