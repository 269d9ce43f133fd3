(module
  (type (;0;) (func (result v128)))
  (table (;0;) 754 782 externref)
  (table (;1;) 90 422 funcref)
  (table (;2;) 0 101 funcref)
  (memory (;0;) 0 2)
  (global (;0;) i32 i32.const 400677783)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;4;) (mut i32) i32.const 0)
  (global (;5;) (mut i64) i64.const 0)
  (global (;6;) (mut i32) i32.const 500)
  (export "E<" (func 0))
  (export "" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (table 0))
  (export "5" (table 1))
  (export "6" (table 2))
  (export "7" (memory 0))
  (export "8" (global 0))
  (export "\u{c}<" (global 1))
  (export "\u{5}w" (global 2))
  (export "11" (global 3))
  (export "12" (global 4))
  (export "13" (global 5))
  (elem (;0;) (table 1) (i32.const 0) funcref)
  (elem (;1;) (table 0) (i32.const 14) externref)
  (elem (;2;) (table 0) (i32.const 177) externref)
  (elem (;3;) (table 1) (i32.const 20) funcref)
  (elem (;4;) (table 1) (i32.const 0) funcref)
  (elem (;5;) declare externref)
  (func (;0;) (type 0) (result v128)
    (local v128 v128 v128 f64 f64)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    elem.drop 2
    f64.const -nan:0xfffffffc00000 (;=NaN;)
    i64.trunc_sat_f64_u
    i32.const 2147483647
    i32x4.splat
    i32x4.bitmask
    f32.reinterpret_i32
    memory.size
    i32.load
    v128.load32x2_s align=4
    i32x4.trunc_sat_f64x2_s_zero
    f64x2.trunc
    local.tee 0
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 0
    local.get 0
    f64x2.eq
    v128.bitselect
    f64x2.trunc
    local.tee 1
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 1
    local.get 1
    f64x2.eq
    v128.bitselect
    i32x4.trunc_sat_f64x2_s_zero
    i8x16.neg
    call 0
    elem.drop 2
    i16x8.sub_sat_u
    i16x8.extend_high_i8x16_s
    ref.null extern
    table.size 1
    i64.load8_s
    block ;; label = @1
      data.drop 1
      global.get 0
      call 0
      i8x16.popcnt
      v128.load64_lane align=1 0
      i16x8.extract_lane_u 0
      v128.load32x2_u align=2
      f32x4.extract_lane 3
      ref.null func
      block (result f64) ;; label = @2
        data.drop 2
        call 1
        f64x2.convert_low_i32x4_s
        i8x16.popcnt
        i64x2.extend_low_i32x4_s
        f32x4.sqrt
        local.tee 2
        v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
        local.get 2
        local.get 2
        f32x4.eq
        v128.bitselect
        i64x2.extend_high_i32x4_u
        i16x8.all_true
        i64.load32_u
        memory.size
        i32x4.splat
        f64x2.extract_lane 1
        block (result i64) ;; label = @3
          block (result f64) ;; label = @4
            block ;; label = @5
              f64.const 0x1.ffffffep-1047 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001326247364;)
              table.size 2
              v128.load16x4_s offset=24265 align=2
              i16x8.extadd_pairwise_i8x16_s
              memory.size
              memory.grow
              v128.load64_splat
              ref.null extern
              f64.const 0x1.28723f03b6578p-543 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004021780696663051;)
              f64.nearest
              local.tee 3
              f64.const nan (;=NaN;)
              local.get 3
              local.get 3
              f64.eq
              select
              br 1 (;@4;)
              data.drop 0
              f64.const -0x1p+993 (;=-83711609936427130000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
              call 3
              i32.const 754
              f32.reinterpret_i32
              f64.const 0x1.p-1043 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010609978955;)
              f64x2.splat
              i32x4.trunc_sat_f64x2_s_zero
              loop ;; label = @6
                global.get 6
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 6
                i32.const 1
                i32.sub
                global.set 6
                loop (type 0) (result v128) ;; label = @7
                  global.get 6
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 6
                  i32.const 1
                  i32.sub
                  global.set 6
                  i32.const 754
                  f32.const -0x1.fffffep+112 (;=-10384593000000000000000000000000000;)
                  i64.trunc_sat_f32_u
                  i64.ctz
                  f64.convert_i64_s
                  f64.trunc
                  local.tee 4
                  f64.const nan (;=NaN;)
                  local.get 4
                  local.get 4
                  f64.eq
                  select
                  i64.trunc_sat_f64_s
                  global.get 1
                  i64.xor
                  global.set 1
                  global.get 2
                  i32.xor
                  global.set 2
                  v128.const i32x4 0x4df8477d 0x580a7f7f 0x270ba200 0xf480ea17
                end
                global.get 3
                v128.xor
                global.set 3
              end
              global.get 3
              v128.xor
              global.set 3
              i32.reinterpret_f32
              global.get 4
              i32.xor
              global.set 4
              global.get 3
              v128.xor
              global.set 3
              i64.reinterpret_f64
              global.get 5
              i64.xor
              global.set 5
              drop
              global.get 3
              v128.xor
              global.set 3
              global.get 3
              v128.xor
              global.set 3
              i64.reinterpret_f64
              global.get 5
              i64.xor
              global.set 5
            end
            f64.const 0x1.p-1068 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000316;)
          end
          i64.reinterpret_f64
          global.get 5
          i64.xor
          global.set 5
          i64.const -35184372088832
        end
        global.get 1
        i64.xor
        global.set 1
        i64.reinterpret_f64
        global.get 5
        i64.xor
        global.set 5
        global.get 1
        i64.xor
        global.set 1
        f64.const 0x1.p-1070 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008;)
      end
      i64.reinterpret_f64
      global.get 5
      i64.xor
      global.set 5
      drop
      i32.reinterpret_f32
      global.get 4
      i32.xor
      global.set 4
    end
    global.get 1
    i64.xor
    global.set 1
    drop
    global.get 3
    v128.xor
    global.set 3
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    global.get 1
    i64.xor
    global.set 1
    v128.const i32x4 0xa1392a16 0x3cde4b4a 0xbf71fac7 0x82a72069
  )
  (func (;1;) (type 0) (result v128)
    (local v128 v128 v128 v128 v128 f32 f32 v128 v128 f64 i32)
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
    block (result f32) ;; label = @1
      block (type 0) (result v128) ;; label = @2
        block ;; label = @3
          v128.const i32x4 0x683e2dc6 0x3464e27d 0x39cd5c0d 0x3ca7cb65
          i16x8.extend_high_i8x16_s
          f32x4.convert_i32x4_s
          i16x8.extadd_pairwise_i8x16_s
          i16x8.extend_low_i8x16_s
          global.get 0
          i64.extend_i32_s
          loop (type 0) (result v128) ;; label = @4
            global.get 6
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 6
            i32.const 1
            i32.sub
            global.set 6
            v128.const i32x4 0x8db99e26 0x54d70ffc 0xdfd752d2 0x3a2b38fd
            f64x2.neg
            i64x2.neg
            table.size 1
            br_table 2 (;@2;) 4 2 (;@2;)
            i64.const 32767
            elem.drop 2
            global.get 0
            br_table 0 (;@4;) 1 (;@3;) 1 (;@3;)
            block ;; label = @5
              v128.const i32x4 0xfa50685f 0x3e6c8c9e 0x90b3b232 0x02b5a88a
              i32x4.trunc_sat_f32x4_s
              i64x2.extend_low_i32x4_u
              f64x2.sqrt
              local.tee 0
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 0
              local.get 0
              f64x2.eq
              v128.bitselect
              i32x4.trunc_sat_f32x4_u
              loop (result f32) ;; label = @6
                global.get 6
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 6
                i32.const 1
                i32.sub
                global.set 6
                i32.const -1982566457
                v128.load16x4_s
                f64x2.convert_low_i32x4_u
                f64x2.ceil
                local.tee 1
                v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                local.get 1
                local.get 1
                f64x2.eq
                v128.bitselect
                i32x4.extend_low_i16x8_s
                i32.const -2048
                i8x16.shr_u
                i32x4.trunc_sat_f64x2_s_zero
                i32x4.bitmask
                nop
                v128.load16x4_s align=4
                v128.const i32x4 0xc4e63c1d 0xb5cd44a6 0x4897e8a8 0x9ec692d3
                f32x4.extract_lane 2
                block (type 0) (result v128) ;; label = @7
                  memory.size
                  table.get 2
                  ref.is_null
                  i32.extend16_s
                  i64.load8_u
                  loop (result f32) ;; label = @8
                    global.get 6
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 6
                    i32.const 1
                    i32.sub
                    global.set 6
                    loop (result f32) ;; label = @9
                      global.get 6
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 6
                      i32.const 1
                      i32.sub
                      global.set 6
                      v128.const i32x4 0x377b767c 0x508a9483 0x214960cd 0xb5cdc2d1
                      f64x2.convert_low_i32x4_s
                      f32x4.neg
                      f32.const 0x1.d564dp+55 (;=66061304000000000;)
                      i64.const -3102052458954598592
                      i64.extend32_s
                      i64.clz
                      i64.popcnt
                      br 4 (;@5;)
                      f64.reinterpret_i64
                      f32.const -0x1.d4feb2p-108 (;=-0.0000000000000000000000000000000056453208;)
                      memory.size
                      f64.load align=4
                      i32.const -8193
                      i64.load align=1
                      i64.extend32_s
                      loop (result f32) ;; label = @10
                        global.get 6
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 6
                        i32.const 1
                        i32.sub
                        global.set 6
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
                          i32.const -1048577
                          v128.load64_splat
                          f32x4.ceil
                          local.tee 2
                          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                          local.get 2
                          local.get 2
                          f32x4.eq
                          v128.bitselect
                          block ;; label = @12
                            i32.const -1877643873
                            v128.load64_splat align=1
                            call 0
                            i8x16.add_sat_s
                            i64x2.neg
                            i8x16.popcnt
                            f32x4.nearest
                            local.tee 3
                            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                            local.get 3
                            local.get 3
                            f32x4.eq
                            v128.bitselect
                            i32x4.extract_lane 3
                            v128.load16x4_u align=2
                            f64x2.nearest
                            local.tee 4
                            v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                            local.get 4
                            local.get 4
                            f64x2.eq
                            v128.bitselect
                            i64x2.extend_low_i32x4_s
                            i64x2.extend_high_i32x4_s
                            i32x4.extadd_pairwise_i16x8_s
                            i64x2.bitmask
                            elem.drop 5
                            i32.extend16_s
                            i32.eqz
                            i32.load16_u align=1
                            f32.load align=1
                            f32.trunc
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
                            i32.const -687609652
                            i32.extend8_s
                            call 2
                            i8x16.abs
                            f64x2.nearest
                            local.tee 7
                            v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                            local.get 7
                            local.get 7
                            f64x2.eq
                            v128.bitselect
                            f32x4.sqrt
                            local.tee 8
                            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                            local.get 8
                            local.get 8
                            f32x4.eq
                            v128.bitselect
                            i16x8.extend_low_i8x16_u
                            i16x8.extract_lane_u 0
                            memory.size
                            local.tee 10
                            local.get 10
                            global.get 6
                            i32.ge_u
                            if ;; label = @13
                              unreachable
                            end
                            global.get 6
                            local.get 10
                            i32.sub
                            global.set 6
                            table.copy 2 2
                            f32.neg
                            i32.reinterpret_f32
                            br 1 (;@11;)
                            i32.ctz
                            v128.load32_zero align=1
                            i32x4.extract_lane 3
                            v128.load16x4_u align=2
                            table.size 0
                            i32.extend16_s
                            call 1
                            f32x4.neg
                            f64x2.abs
                            i16x8.extend_high_i8x16_s
                            i32x4.trunc_sat_f64x2_s_zero
                            i16x8.extract_lane_u 5
                            i16x8.splat
                            i64x2.extend_low_i32x4_s
                            v128.store16_lane 1
                            i8x16.abs
                            i16x8.extadd_pairwise_i8x16_u
                            elem.drop 2
                            i32x4.neg
                            f32x4.convert_i32x4_u
                            i64.const 8388608
                            f64.convert_i64_u
                            i32.const -1548018776
                            v128.load32x2_s
                            loop (type 0) (result v128) ;; label = @13
                              global.get 6
                              i32.eqz
                              if ;; label = @14
                                unreachable
                              end
                              global.get 6
                              i32.const 1
                              i32.sub
                              global.set 6
                              ref.null func
                              elem.drop 5
                              f64.const -0x1.a736e144d1f37p+312 (;=-13793646515674830000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                              elem.drop 2
                              f64.nearest
                              local.tee 9
                              f64.const nan (;=NaN;)
                              local.get 9
                              local.get 9
                              f64.eq
                              select
                              global.get 0
                              memory.size
                              f32.load
                              elem.drop 0
                              i64.trunc_f32_u
                              global.get 1
                              i64.xor
                              global.set 1
                              global.get 2
                              i32.xor
                              global.set 2
                              i64.reinterpret_f64
                              global.get 5
                              i64.xor
                              global.set 5
                              drop
                              v128.const i32x4 0xbbf7aa9e 0xcf6f0148 0xf772c4a0 0xd3d7eb60
                            end
                            global.get 3
                            v128.xor
                            global.set 3
                            global.get 3
                            v128.xor
                            global.set 3
                            i64.reinterpret_f64
                            global.get 5
                            i64.xor
                            global.set 5
                            global.get 3
                            v128.xor
                            global.set 3
                          end
                          global.get 3
                          v128.xor
                          global.set 3
                          i64.const -363980118433800319
                        end
                        global.get 1
                        i64.xor
                        global.set 1
                        f32.const 0x1.p-136 (;=0.00000000000000000000000000000000000000001148;)
                      end
                      i32.reinterpret_f32
                      global.get 4
                      i32.xor
                      global.set 4
                      global.get 1
                      i64.xor
                      global.set 1
                      i64.reinterpret_f64
                      global.get 5
                      i64.xor
                      global.set 5
                      i32.reinterpret_f32
                      global.get 4
                      i32.xor
                      global.set 4
                      i64.reinterpret_f64
                      global.get 5
                      i64.xor
                      global.set 5
                      i32.reinterpret_f32
                      global.get 4
                      i32.xor
                      global.set 4
                      global.get 3
                      v128.xor
                      global.set 3
                      f32.const -0x1.e03e2p-36 (;=-0.000000000027298636;)
                    end
                  end
                  i32.reinterpret_f32
                  global.get 4
                  i32.xor
                  global.set 4
                  global.get 1
                  i64.xor
                  global.set 1
                  v128.const i32x4 0xedaa3448 0xca33dc7f 0xdc626179 0xb41b3e8b
                end
                global.get 3
                v128.xor
                global.set 3
                i32.reinterpret_f32
                global.get 4
                i32.xor
                global.set 4
                global.get 3
                v128.xor
                global.set 3
                f32.const 0x1.9d8dd8p-103 (;=0.00000000000000000000000000000015929524;)
              end
              i32.reinterpret_f32
              global.get 4
              i32.xor
              global.set 4
              global.get 3
              v128.xor
              global.set 3
            end
            global.get 1
            i64.xor
            global.set 1
            v128.const i32x4 0xffffffff 0x0fffffff 0xffffffff 0x0001ffff
          end
          global.get 3
          v128.xor
          global.set 3
          global.get 1
          i64.xor
          global.set 1
          global.get 3
          v128.xor
          global.set 3
        end
        v128.const i32x4 0x99545bfb 0xb6a3b084 0x6f9c00ff 0xadd32627
      end
      global.get 3
      v128.xor
      global.set 3
      f32.const 0x1.8f3da4p+88 (;=482652500000000000000000000;)
    end
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    v128.const i32x4 0x00020004 0x00000000 0x08000000 0x00000000
  )
  (func (;2;) (type 0) (result v128)
    (local v128 v128 v128 f32 f32 v128 v128)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    data.drop 0
    global.get 0
    table.size 2
    call 3
    i64x2.extend_low_i32x4_u
    f64x2.convert_low_i32x4_u
    i8x16.all_true
    i64.load8_s
    table.size 1
    v128.const i32x4 0xac918f69 0xdf14c939 0x13208ce1 0xc6f7e2f4
    call 0
    i64.const 6933299141432437239
    f64.convert_i64_s
    v128.const i32x4 0xc8e74c3f 0xa38c18fd 0x64cde66d 0xd446ea71
    v128.const i32x4 0xae2dce1a 0xbfc1fa43 0x8737bd2e 0xc7e0c763
    i32x4.extend_high_i16x8_u
    i32x4.le_u
    f32x4.convert_i32x4_u
    f32x4.ceil
    local.tee 0
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 0
    local.get 0
    f32x4.eq
    v128.bitselect
    global.get 0
    i8x16.shr_s
    i32x4.trunc_sat_f64x2_u_zero
    f32x4.trunc
    local.tee 1
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 1
    local.get 1
    f32x4.eq
    v128.bitselect
    f64x2.convert_low_i32x4_s
    nop
    i32x4.abs
    i16x8.extadd_pairwise_i8x16_s
    i32x4.trunc_sat_f32x4_u
    f32x4.neg
    i16x8.extend_high_i8x16_u
    i16x8.extend_low_i8x16_u
    f64x2.trunc
    local.tee 2
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 2
    local.get 2
    f64x2.eq
    v128.bitselect
    f32x4.convert_i32x4_u
    call 3
    i64x2.extract_lane 1
    f32.convert_i64_s
    i64.trunc_sat_f32_s
    i64x2.replace_lane 1
    f32x4.convert_i32x4_u
    nop
    i16x8.extadd_pairwise_i8x16_s
    f32x4.convert_i32x4_u
    call 3
    f32x4.ne
    f64.const -0x1.e76b725e4454p+272 (;=-14448472833163024000000000000000000000000000000000000000000000000000000000000000000;)
    ref.null func
    f32.const 0x1.e3ad34p+110 (;=2452531600000000000000000000000000;)
    data.drop 2
    i64.const -34359738369
    f32.convert_i64_s
    table.size 2
    v128.load32x2_u align=4
    i8x16.extract_lane_u 2
    loop (type 0) (result v128) ;; label = @1
      global.get 6
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 6
      i32.const 1
      i32.sub
      global.set 6
      v128.const i32x4 0x50a63567 0xd3c96347 0x4e819702 0x52d13aa7
      i32x4.extend_high_i16x8_s
      v128.not
      i16x8.extend_low_i8x16_u
      f32x4.extract_lane 2
      f32.ceil
      local.tee 3
      f32.const nan (;=NaN;)
      local.get 3
      local.get 3
      f32.eq
      select
      f32.sqrt
      local.tee 4
      f32.const nan (;=NaN;)
      local.get 4
      local.get 4
      f32.eq
      select
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
        elem.drop 3
        global.get 0
        v128.load32_zero align=2
        i32x4.all_true
        i32.popcnt
        i64.extend_i32_s
        ref.null func
        ref.null func
        br 1 (;@1;)
        elem.drop 4
        i64.const 91558796185765699
        i64.eqz
        call 0
        i64x2.extend_high_i32x4_u
        f64x2.abs
        i32x4.extadd_pairwise_i16x8_u
        i32x4.bitmask
        f64.convert_i32_u
        i64.trunc_f64_u
        i64.extend32_s
        global.get 0
        v128.load64_zero offset=2642 align=1
        f32x4.convert_i32x4_s
        f64x2.abs
        f64x2.trunc
        local.tee 5
        v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
        local.get 5
        local.get 5
        f64x2.eq
        v128.bitselect
        i16x8.abs
        i32x4.extadd_pairwise_i16x8_u
        i16x8.all_true
        ref.null func
        loop (result externref) ;; label = @3
          global.get 6
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 6
          i32.const 1
          i32.sub
          global.set 6
          table.size 1
          i32.load8_u
          v128.load32x2_s align=1
          i8x16.abs
          f32x4.floor
          local.tee 6
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          local.get 6
          local.get 6
          f32x4.eq
          v128.bitselect
          f32x4.demote_f64x2_zero
          global.get 0
          v128.load align=8
          i32x4.eq
          i32x4.trunc_sat_f32x4_u
          i32x4.neg
          i64x2.extract_lane 0
          ref.null extern
          memory.size
          f32.load align=1
          table.size 0
          f64.const 0x1.ffde35650f266p-99 (;=0.0000000000000000000000000000031546301218770096;)
          i64.const 131068
          v128.const i32x4 0x33d1777e 0x8eb47e0e 0xc099595c 0xbde82ad0
          table.size 0
          f64.const 0x1.p-1042 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002121995791;)
          block (type 0) (result v128) ;; label = @4
            f64.const -0x1.fffffffffffffp+896 (;=-1056589062271330400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
            call 0
            f32x4.demote_f64x2_zero
            i8x16.bitmask
            i32.popcnt
            v128.load32_splat align=1
            f64x2.convert_low_i32x4_s
            global.get 3
            v128.xor
            global.set 3
            i64.reinterpret_f64
            global.get 5
            i64.xor
            global.set 5
            v128.const i32x4 0x48fa661c 0x56ac5899 0x534e9244 0x0021730e
          end
          global.get 3
          v128.xor
          global.set 3
          i64.reinterpret_f64
          global.get 5
          i64.xor
          global.set 5
          global.get 2
          i32.xor
          global.set 2
          global.get 3
          v128.xor
          global.set 3
          global.get 1
          i64.xor
          global.set 1
          i64.reinterpret_f64
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
          drop
          global.get 1
          i64.xor
          global.set 1
          ref.null extern
        end
        drop
        drop
        global.get 2
        i32.xor
        global.set 2
        global.get 1
        i64.xor
        global.set 1
        global.get 2
        i32.xor
        global.set 2
        drop
        drop
        global.get 1
        i64.xor
        global.set 1
      end
      i32.reinterpret_f32
      global.get 4
      i32.xor
      global.set 4
      v128.const i32x4 0x522fefdd 0xbecebfbd 0x7ef69902 0xa3c63f08
    end
    global.get 3
    v128.xor
    global.set 3
    global.get 2
    i32.xor
    global.set 2
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    drop
    i64.reinterpret_f64
    global.get 5
    i64.xor
    global.set 5
    global.get 3
    v128.xor
    global.set 3
    i64.reinterpret_f64
    global.get 5
    i64.xor
    global.set 5
    global.get 3
    v128.xor
    global.set 3
    global.get 3
    v128.xor
    global.set 3
    global.get 2
    i32.xor
    global.set 2
    global.get 1
    i64.xor
    global.set 1
    global.get 2
    i32.xor
    global.set 2
    global.get 2
    i32.xor
    global.set 2
    v128.const i32x4 0x00000000 0xffffffc0 0xfffff7ff 0xffffffff
  )
  (func (;3;) (type 0) (result v128)
    (local f64 f64 v128 v128 f32 v128 f32 f32 v128 v128 f64 f64 f64 f64)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    local.get 0
    f64.trunc
    local.tee 1
    f64.const nan (;=NaN;)
    local.get 1
    local.get 1
    f64.eq
    select
    v128.const i32x4 0x0c6ae51d 0x4ce047aa 0x4508212d 0x28c0a2d6
    f32x4.trunc
    local.tee 2
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 2
    local.get 2
    f32x4.eq
    v128.bitselect
    i16x8.neg
    f32x4.neg
    f32x4.neg
    i8x16.extract_lane_u 13
    i64.load16_u align=1
    v128.const i32x4 0x0f2130e8 0x74ca7609 0x71236a81 0x92420582
    i16x8.extadd_pairwise_i8x16_u
    i8x16.extract_lane_u 10
    i8x16.splat
    i16x8.extend_high_i8x16_u
    i8x16.neg
    f32x4.convert_i32x4_u
    f64x2.promote_low_f32x4
    f64x2.floor
    local.tee 3
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 3
    local.get 3
    f64x2.eq
    v128.bitselect
    i32x4.extend_high_i16x8_s
    i16x8.all_true
    i64.load32_s align=2
    f32.convert_i64_u
    data.drop 0
    f32.ceil
    local.tee 4
    f32.const nan (;=NaN;)
    local.get 4
    local.get 4
    f32.eq
    select
    i32.trunc_sat_f32_s
    i64.load16_s offset=88437 align=1
    i64.div_s
    f64.reinterpret_i64
    i64.trunc_sat_f64_u
    f32.const 0x1.ffffcp-131 (;=0.000000000000000000000000000000000000000734683;)
    i32.trunc_sat_f32_s
    v128.load16x4_s
    i8x16.abs
    global.get 0
    i16x8.splat
    i64x2.ge_s
    i8x16.extract_lane_u 11
    v128.load16x4_s align=1
    i64x2.extend_high_i32x4_s
    i32x4.extend_high_i16x8_s
    f32x4.convert_i32x4_u
    i64x2.extend_high_i32x4_s
    f64x2.promote_low_f32x4
    f64x2.sqrt
    local.tee 5
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 5
    local.get 5
    f64x2.eq
    v128.bitselect
    i32x4.bitmask
    f32.load
    f32.ceil
    local.tee 6
    f32.const nan (;=NaN;)
    local.get 6
    local.get 6
    f32.eq
    select
    f32.ceil
    local.tee 7
    f32.const nan (;=NaN;)
    local.get 7
    local.get 7
    f32.eq
    select
    i64.trunc_sat_f32_s
    global.get 0
    data.drop 2
    i32.clz
    if (type 0) (result v128) ;; label = @1
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
        i32.const 755
        v128.load
        data.drop 1
        f32x4.nearest
        local.tee 8
        v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
        local.get 8
        local.get 8
        f32x4.eq
        v128.bitselect
        i16x8.extract_lane_s 0
        v128.load32x2_s align=1
        i16x8.extadd_pairwise_i8x16_u
        i32x4.extend_high_i16x8_s
        f32x4.extract_lane 3
        ref.null func
        data.drop 2
        ref.null extern
        i32.const -128495084
        i32.extend8_s
        ref.null extern
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
          global.get 0
          v128.load32x2_u align=2
          i8x16.neg
          i64x2.extend_low_i32x4_u
          f64.const -nan:0xffff800000000 (;=NaN;)
          local.tee 0
          global.get 0
          i64.load16_u align=1
          br 1 (;@2;)
          loop (result v128) ;; label = @4
            global.get 6
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 6
            i32.const 1
            i32.sub
            global.set 6
            block (result i64) ;; label = @5
              br 2 (;@3;)
              global.get 0
              f64.convert_i32_s
              i64.trunc_f64_u
              f64.convert_i64_u
              v128.const i32x4 0x25bcaedb 0xaab2d0a9 0x79f4b390 0xc44c3fd9
              i64x2.bitmask
              if ;; label = @6
                i32.const 1149852273
                i32.load16_u align=1
                call 1
                f64x2.ceil
                local.tee 9
                v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                local.get 9
                local.get 9
                f64x2.eq
                v128.bitselect
                local.get 0
                f64.const nan (;=NaN;)
                f32.demote_f64
                table.size 2
                memory.size
                i32.const -2097152
                i64.load32_s
                f64.const 0x1.2232604771ea3p+587 (;=574195891999004900000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                br 3 (;@3;)
                local.tee 0
                f64.floor
                local.tee 10
                f64.const nan (;=NaN;)
                local.get 10
                local.get 10
                f64.eq
                select
                local.tee 0
                memory.size
                f64.load align=1
                f64.min
                local.tee 11
                f64.const nan (;=NaN;)
                local.get 11
                local.get 11
                f64.eq
                select
                f64.trunc
                local.tee 12
                f64.const nan (;=NaN;)
                local.get 12
                local.get 12
                f64.eq
                select
                loop (result f32) ;; label = @7
                  global.get 6
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 6
                  i32.const 1
                  i32.sub
                  global.set 6
                  local.get 0
                  f64.trunc
                  local.tee 13
                  f64.const nan (;=NaN;)
                  local.get 13
                  local.get 13
                  f64.eq
                  select
                  local.get 0
                  br 3 (;@4;)
                  f64.ge
                  v128.load32x2_u align=2
                  v128.not
                  i64x2.extend_high_i32x4_u
                  i32.const -326507499
                  ref.null extern
                  global.get 0
                  i32.extend8_s
                  global.get 2
                  i32.xor
                  global.set 2
                  drop
                  global.get 2
                  i32.xor
                  global.set 2
                  global.get 3
                  v128.xor
                  global.set 3
                  f32.const -0x1p+1 (;=-2;)
                end
                drop
                i64.reinterpret_f64
                global.get 5
                i64.xor
                global.set 5
                global.get 1
                i64.xor
                global.set 1
                global.get 2
                i32.xor
                global.set 2
                global.get 2
                i32.xor
                global.set 2
                i32.reinterpret_f32
                global.get 4
                i32.xor
                global.set 4
                i64.reinterpret_f64
                global.get 5
                i64.xor
                global.set 5
                global.get 3
                v128.xor
                global.set 3
                global.get 2
                i32.xor
                global.set 2
              end
              i64.reinterpret_f64
              global.get 5
              i64.xor
              global.set 5
              i64.const -2097153
            end
            global.get 1
            i64.xor
            global.set 1
            v128.const i32x4 0x0000030f 0x00000000 0xffefffff 0xffffffff
          end
          global.get 3
          v128.xor
          global.set 3
          global.get 1
          i64.xor
          global.set 1
          i64.reinterpret_f64
          global.get 5
          i64.xor
          global.set 5
          global.get 3
          v128.xor
          global.set 3
          f64.const 0x1.8fe367700a01p-69 (;=0.000000000000000000002646238772273361;)
        end
        i64.reinterpret_f64
        global.get 5
        i64.xor
        global.set 5
        drop
        global.get 2
        i32.xor
        global.set 2
        drop
        drop
        i32.reinterpret_f32
        global.get 4
        i32.xor
        global.set 4
      end
      v128.const i32x4 0x0e0a56b3 0xb0e4723f 0xa29bd5b1 0x9265cca2
    else
      v128.const i32x4 0xfffffff8 0xffffffff 0x00000000 0xffffffc0
    end
    global.get 3
    v128.xor
    global.set 3
    global.get 1
    i64.xor
    global.set 1
    global.get 1
    i64.xor
    global.set 1
    i64.reinterpret_f64
    global.get 5
    i64.xor
    global.set 5
    v128.const i32x4 0xf510d3f4 0x4c9b4c86 0xccdcf957 0x2c76b296
  )
  (data (;0;) "\14)")
  (data (;1;) "")
  (data (;2;) "\1e\db")
)
