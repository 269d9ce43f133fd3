(module
  (type (;0;) (func (result i32 v128 i32 i64 v128 f32 f32)))
  (type (;1;) (func (result funcref i32)))
  (memory (;0;) 7 11)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;4;) (mut i64) i64.const 0)
  (global (;5;) (mut i32) i32.const 500)
  (export "-_?Q" (func 0))
  (export "" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (func 4))
  (export "5" (func 5))
  (export "6" (memory 0))
  (export "9" (global 0))
  (export "8" (global 1))
  (export "f" (global 2))
  (export "10" (global 3))
  (export "~\u{b}" (global 4))
  (elem (;0;) declare funcref)
  (elem (;1;) funcref)
  (func (;0;) (type 0) (result i32 v128 i32 i64 v128 f32 f32)
    (local v128 v128 v128 f32 v128 v128 v128 v128 v128 f32 v128 v128 f32 f32)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    i32.const 1627841607
    i32.clz
    v128.load16x4_u offset=428866 align=2
    i16x8.neg
    i32x4.extadd_pairwise_i16x8_u
    f64x2.trunc
    local.tee 0
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 0
    local.get 0
    f64x2.eq
    v128.bitselect
    i32x4.extend_low_i16x8_s
    i64x2.bitmask
    i32.load8_u offset=73598
    v128.load16_splat offset=289268
    f64x2.sqrt
    local.tee 1
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 1
    local.get 1
    f64x2.eq
    v128.bitselect
    i32x4.neg
    f64x2.convert_low_i32x4_u
    i64.const -5175907060523700735
    i64x2.replace_lane 0
    i32x4.trunc_sat_f64x2_u_zero
    i32x4.bitmask
    v128.const i32x4 0x8744a973 0x9e0025f8 0x590d29b9 0xa26694fd
    f64x2.neg
    i16x8.all_true
    i8x16.splat
    v128.store8_lane offset=408919 2
    v128.const i32x4 0x99a77bee 0x3734f64d 0xdd96305c 0xcc0cfe31
    f32x4.demote_f64x2_zero
    f32x4.abs
    i16x8.extadd_pairwise_i8x16_s
    i64x2.abs
    f32x4.ceil
    local.tee 2
    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
    local.get 2
    local.get 2
    f32x4.eq
    v128.bitselect
    f32x4.demote_f64x2_zero
    i16x8.extract_lane_u 3
    memory.size
    i32.extend8_s
    i32.lt_s
    i32.extend16_s
    i64.load offset=99630 align=4
    f32.convert_i64_s
    elem.drop 1
    f32.abs
    i32.trunc_f32_s
    i32.const 1908669196
    i32.ge_s
    ref.null extern
    f32.const -0x1.9ad372p+52 (;=-7227326700000000;)
    i32.const -1159196162
    i32.popcnt
    i32.clz
    v128.load16x4_u offset=62646 align=1
    i32x4.extend_high_i16x8_u
    i16x8.extract_lane_u 4
    i32.const 720904
    f32.convert_i32_u
    f32.store offset=145280 align=2
    f32.abs
    i64.trunc_f32_u
    f64.reinterpret_i64
    memory.size
    i32.clz
    i32.const -1360251547
    block (result i32) ;; label = @1
      block ;; label = @2
        br 0 (;@2;)
      end
      block ;; label = @2
        loop (result f32) ;; label = @3
          global.get 5
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 5
          i32.const 1
          i32.sub
          global.set 5
          elem.drop 0
          elem.drop 1
          block (result f64) ;; label = @4
            block (type 0) (result i32 v128 i32 i64 v128 f32 f32) ;; label = @5
              ref.null extern
              call 5
              i64.load32_u offset=487303 align=1
              f32.convert_i64_s
              f32.nearest
              local.tee 3
              f32.const nan (;=NaN;)
              local.get 3
              local.get 3
              f32.eq
              select
              memory.size
              v128.const i32x4 0x18054c5b 0x233b23db 0x24f1410b 0x2b665e6e
              f32x4.neg
              i16x8.extadd_pairwise_i8x16_u
              f64x2.ceil
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
              i16x8.extend_high_i8x16_s
              f32x4.nearest
              local.tee 6
              v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
              local.get 6
              local.get 6
              f32x4.eq
              v128.bitselect
              f64x2.trunc
              local.tee 7
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 7
              local.get 7
              f64x2.eq
              v128.bitselect
              f64x2.ceil
              local.tee 8
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 8
              local.get 8
              f64x2.eq
              v128.bitselect
              f32x4.neg
              i8x16.extract_lane_s 14
              v128.load32x2_s offset=411064
              i32x4.extadd_pairwise_i16x8_u
              v128.store offset=85572 align=2
              f32.nearest
              local.tee 9
              f32.const nan (;=NaN;)
              local.get 9
              local.get 9
              f32.eq
              select
              i32.trunc_f32_u
              i16x8.splat
              i16x8.extend_low_i8x16_s
              i64x2.all_true
              v128.load16x4_s offset=397755 align=4
              i64x2.extend_low_i32x4_u
              f64x2.floor
              local.tee 10
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 10
              local.get 10
              f64x2.eq
              v128.bitselect
              f64x2.floor
              local.tee 11
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 11
              local.get 11
              f64x2.eq
              v128.bitselect
              elem.drop 0
              i32.const -202905653
              i32.ctz
              ref.null extern
              block (type 1) (result funcref i32) ;; label = @6
                i32.const -2000216675
                v128.load16_splat offset=410847
                i32x4.extract_lane 0
                i32.load8_u offset=219671
                f32.reinterpret_i32
                br 4 (;@2;)
                f32.const 0x1.60008p-130 (;=0.000000000000000000000000000000000000001010196;)
                f32.trunc
                local.tee 12
                f32.const nan (;=NaN;)
                local.get 12
                local.get 12
                f32.eq
                select
                f32.sqrt
                local.tee 13
                f32.const nan (;=NaN;)
                local.get 13
                local.get 13
                f32.eq
                select
                i64.trunc_sat_f32_u
                i32.const 1527766997
                v128.load32_zero offset=711502 align=2
                i8x16.extract_lane_u 15
                f32.const 0x1.p-141 (;=0.000000000000000000000000000000000000000000359;)
                i32.reinterpret_f32
                global.get 0
                i32.xor
                global.set 0
                global.get 1
                i32.xor
                global.set 1
                global.get 2
                i64.xor
                global.set 2
                i32.reinterpret_f32
                global.get 0
                i32.xor
                global.set 0
                ref.null func
                i32.const 524288
              end
              global.get 1
              i32.xor
              global.set 1
              drop
              drop
              global.get 1
              i32.xor
              global.set 1
              global.get 3
              v128.xor
              global.set 3
              drop
              drop
              i32.const -1988621109
              v128.const i32x4 0x9930a300 0x2a3b7780 0x9c303687 0x53dc50c5
              i32.const -2097153
              i64.const 4247869332287065483
              v128.const i32x4 0xffffffff 0x000000ff 0xffff8000 0xffffffff
              f32.const 0x1.5fff8p-130 (;=0.000000000000000000000000000000000000001010185;)
              f32.const 0x1.790a9cp+45 (;=51820180000000;)
            end
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            global.get 3
            v128.xor
            global.set 3
            global.get 2
            i64.xor
            global.set 2
            global.get 1
            i32.xor
            global.set 1
            global.get 3
            v128.xor
            global.set 3
            global.get 1
            i32.xor
            global.set 1
            f64.const -0x1.5389dfa9dae58p+912 (;=-45920350504131960000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          end
          i64.reinterpret_f64
          global.get 4
          i64.xor
          global.set 4
          f32.const -nan:0x7ffffe (;=NaN;)
        end
        i32.reinterpret_f32
        global.get 0
        i32.xor
        global.set 0
      end
      i32.const 1793504665
    end
    global.get 1
    i32.xor
    global.set 1
    global.get 1
    i32.xor
    global.set 1
    global.get 1
    i32.xor
    global.set 1
    i64.reinterpret_f64
    global.get 4
    i64.xor
    global.set 4
    drop
    v128.const i32x4 0x7fc00000 0x00000000 0x0006fff8 0x00000000
    i32.const 65535
    i64.const 7
    v128.const i32x4 0x9b5fc709 0xe74af7c4 0x9f7a2748 0x45f9cce7
    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
    f32.const 0x1.6001p-130 (;=0.000000000000000000000000000000000000001010202;)
  )
  (func (;1;) (type 0) (result i32 v128 i32 i64 v128 f32 f32)
    (local f64 f32 f64 v128 f64 f32 v128 v128 v128 v128 v128)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    ref.null extern
    memory.size
    f64.convert_i32_s
    i64.trunc_sat_f64_s
    i32.wrap_i64
    f32.convert_i32_u
    i32.trunc_sat_f32_s
    elem.drop 1
    i64.load offset=233708 align=1
    i32.wrap_i64
    f64.load offset=285235 align=2
    f64.nearest
    local.tee 0
    f64.const nan (;=NaN;)
    local.get 0
    local.get 0
    f64.eq
    select
    i64.trunc_f64_s
    i64x2.splat
    i8x16.all_true
    i64.load offset=305550 align=2
    i64.popcnt
    i64.eqz
    i64.load8_u offset=184867
    memory.size
    v128.load16x4_u offset=609132 align=2
    i32x4.trunc_sat_f64x2_u_zero
    i16x8.extract_lane_u 2
    i32.const 1507336480
    i32.lt_s
    i16x8.splat
    f32x4.convert_i32x4_s
    i8x16.all_true
    f32.load offset=36100 align=1
    f32.trunc
    local.tee 1
    f32.const nan (;=NaN;)
    local.get 1
    local.get 1
    f32.eq
    select
    i64.trunc_sat_f32_s
    memory.size
    block (result f32) ;; label = @1
      i32.const -1080423048
      if (result externref) ;; label = @2
        ref.null extern
        call 5
        i32.load8_s offset=326751
        i32.eqz
        i32.load8_s offset=282738
        i32.load16_u offset=296879 align=1
        i64.extend_i32_u
        i64.ctz
        elem.drop 1
        f64.const 0x1.9a44eea586d1bp+543 (;=46144151558620110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        call 3
        i64.const 3692048564914931716
        i64.store16 offset=423768
        f32.const -0x1.0bd6f4p+26 (;=-70212560;)
        f32.neg
        ref.null func
        f64.const 0x1p-895 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003785766995733679;)
        f64.nearest
        local.tee 2
        f64.const nan (;=NaN;)
        local.get 2
        local.get 2
        f64.eq
        select
        f64.abs
        i64.reinterpret_f64
        f64.const -nan:0xfffffffffffbf (;=NaN;)
        f64.neg
        nop
        i64.const -67108864
        i64.extend32_s
        f32.const 0x1.e3a338p+20 (;=1980979.5;)
        i64.trunc_f32_u
        i64.rotr
        i64.eqz
        i8x16.splat
        i16x8.extend_high_i8x16_u
        v128.const i32x4 0x0b950be8 0xfa584333 0x5af0b0eb 0x2188b4a2
        i8x16.lt_u
        i16x8.extend_high_i8x16_s
        f64x2.ceil
        local.tee 3
        v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
        local.get 3
        local.get 3
        f64x2.eq
        v128.bitselect
        i16x8.abs
        i32x4.bitmask
        i64.load8_u offset=142346
        nop
        f32.convert_i64_u
        i32.trunc_f32_u
        f32.load offset=440527 align=2
        ref.null extern
        ref.is_null
        f32.reinterpret_i32
        elem.drop 0
        block (result v128) ;; label = @3
          memory.size
          i32.load16_u offset=369452 align=1
          i32.extend8_s
          elem.drop 1
          block (type 1) (result funcref i32) ;; label = @4
            nop
            call 4
            i32.load offset=169003
            i32.load8_s offset=189410
            block (type 0) (result i32 v128 i32 i64 v128 f32 f32) ;; label = @5
              f64.const 0x1.fffffffffep-1035 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005432309224866;)
              memory.size
              v128.load32x2_s offset=417626
              loop (type 0) (result i32 v128 i32 i64 v128 f32 f32) ;; label = @6
                global.get 5
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 5
                i32.const 1
                i32.sub
                global.set 5
                v128.const i32x4 0x34c45571 0xdc88a9e0 0x9201db1f 0xe647d31d
                br 3 (;@3;)
                call 3
                i64.const 6262662659144581169
                f64.convert_i64_s
                f64.ceil
                local.tee 4
                f64.const nan (;=NaN;)
                local.get 4
                local.get 4
                f64.eq
                select
                loop ;; label = @7
                  global.get 5
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 5
                  i32.const 1
                  i32.sub
                  global.set 5
                  i32.const 16777216
                  i32.clz
                  i64.load32_u offset=284619 align=1
                  f64.convert_i64_u
                  i64.trunc_sat_f64_s
                  br 0 (;@7;)
                  i64.extend32_s
                  f32.convert_i64_s
                  f32.nearest
                  local.tee 5
                  f32.const nan (;=NaN;)
                  local.get 5
                  local.get 5
                  f32.eq
                  select
                  i32.trunc_f32_u
                  i32.load8_s offset=67308
                  i64.load8_u offset=452442
                  i64.eqz
                  i32.clz
                  i32x4.splat
                  i16x8.extract_lane_s 6
                  v128.load16x4_s offset=370596 align=2
                  i32x4.extadd_pairwise_i16x8_s
                  f32.const 0x1.4a99dep+69 (;=762314100000000000000;)
                  f32.neg
                  i32.trunc_f32_u
                  i32x4.replace_lane 0
                  i32x4.abs
                  f32x4.ceil
                  local.tee 6
                  v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                  local.get 6
                  local.get 6
                  f32x4.eq
                  v128.bitselect
                  f64x2.trunc
                  local.tee 7
                  v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
                  local.get 7
                  local.get 7
                  f64x2.eq
                  v128.bitselect
                  i32x4.extend_high_i16x8_u
                  i32x4.extadd_pairwise_i16x8_u
                  i64x2.neg
                  i32x4.extend_high_i16x8_s
                  f32x4.nearest
                  local.tee 8
                  v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                  local.get 8
                  local.get 8
                  f32x4.eq
                  v128.bitselect
                  f32x4.sqrt
                  local.tee 9
                  v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                  local.get 9
                  local.get 9
                  f32x4.eq
                  v128.bitselect
                  f64.const -nan:0xffffffffffe00 (;=NaN;)
                  f64x2.splat
                  f32x4.sqrt
                  local.tee 10
                  v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                  local.get 10
                  local.get 10
                  f32x4.eq
                  v128.bitselect
                  global.get 3
                  v128.xor
                  global.set 3
                  global.get 3
                  v128.xor
                  global.set 3
                end
                i64.reinterpret_f64
                global.get 4
                i64.xor
                global.set 4
                global.get 1
                i32.xor
                global.set 1
                drop
                i32.const 16777216
                v128.const i32x4 0xf0000000 0xffffffff 0xffffffef 0xffffffff
                i32.const 720900
                i64.const 36028797018963967
                v128.const i32x4 0x3a76dc0a 0xab5d7b03 0x749a0beb 0xa12fe3f1
                f32.const -0x1.04f4cp+100 (;=-1292191800000000000000000000000;)
                f32.const 0x1.bfff8p-131 (;=0.000000000000000000000000000000000000000642846;)
              end
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
              global.get 3
              v128.xor
              global.set 3
              global.get 2
              i64.xor
              global.set 2
              global.get 1
              i32.xor
              global.set 1
              global.get 3
              v128.xor
              global.set 3
              global.get 1
              i32.xor
              global.set 1
              global.get 3
              v128.xor
              global.set 3
              i64.reinterpret_f64
              global.get 4
              i64.xor
              global.set 4
              i32.const -1276046371
              v128.const i32x4 0xdffe2c78 0xf53b1a10 0x7c55f0fc 0x9c59b413
              i32.const 8191
              i64.const -6398752777389313622
              v128.const i32x4 0xffff8000 0xffffffff 0xffe00000 0xffffffff
              f32.const -0x1.fffffep+112 (;=-10384593000000000000000000000000000;)
              f32.const 0x1p-125 (;=0.000000000000000000000000000000000000023509887;)
            end
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            global.get 3
            v128.xor
            global.set 3
            global.get 2
            i64.xor
            global.set 2
            global.get 1
            i32.xor
            global.set 1
            global.get 3
            v128.xor
            global.set 3
            global.get 1
            i32.xor
            global.set 1
          end
          global.get 1
          i32.xor
          global.set 1
          drop
          global.get 1
          i32.xor
          global.set 1
          v128.const i32x4 0x00070002 0x00000000 0xffffffff 0x000001ff
        end
        global.get 3
        v128.xor
        global.set 3
        i32.reinterpret_f32
        global.get 0
        i32.xor
        global.set 0
        i32.reinterpret_f32
        global.get 0
        i32.xor
        global.set 0
        i64.reinterpret_f64
        global.get 4
        i64.xor
        global.set 4
        global.get 2
        i64.xor
        global.set 2
        drop
        i32.reinterpret_f32
        global.get 0
        i32.xor
        global.set 0
        drop
        i64.reinterpret_f64
        global.get 4
        i64.xor
        global.set 4
        global.get 2
        i64.xor
        global.set 2
        drop
      else
        ref.null extern
      end
      drop
      f32.const -0x1.07bb9p-21 (;=-0.00000049124037;)
    end
    i32.reinterpret_f32
    global.get 0
    i32.xor
    global.set 0
    global.get 1
    i32.xor
    global.set 1
    global.get 2
    i64.xor
    global.set 2
    global.get 2
    i64.xor
    global.set 2
    drop
    i32.const 1575398427
    v128.const i32x4 0xed7c7b6d 0xc183b03a 0xdd35e5e8 0x50d81ac2
    i32.const 2147483647
    i64.const -3072901931816995204
    v128.const i32x4 0xebc2842c 0xd95a85ad 0x9952610a 0xd2be50e1
    f32.const 0x1.ff8p-140 (;=0.000000000000000000000000000000000000000001434;)
    f32.const -nan:0x7fff00 (;=NaN;)
  )
  (func (;2;) (type 0) (result i32 v128 i32 i64 v128 f32 f32)
    (local f32 v128 v128 f32 f32 f32 f64 f64 v128)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
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
      loop ;; label = @2
        global.get 5
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 5
        i32.const 1
        i32.sub
        global.set 5
        br 0 (;@2;)
        block (type 1) (result funcref i32) ;; label = @3
          elem.drop 1
          i64.const -6303897265785281449
          i64.eqz
          elem.drop 0
          f32.const -0x1.01ecdp-73 (;=-0.0000000000000000000001066753;)
          local.tee 0
          i64.trunc_sat_f32_u
          nop
          i64.popcnt
          f64.const -0x1.efefefefefefep+1008 (;=-5314010372517807600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          i64.trunc_f64_s
          i64.ne
          call 2
          f32.le
          v128.load64_splat offset=362546 align=2
          i32x4.gt_u
          i32x4.extend_low_i16x8_u
          block (result i32) ;; label = @4
            elem.drop 0
            v128.const i32x4 0x6aecf657 0xbfcbc195 0x1871555c 0xa378cbe0
            f32x4.nearest
            local.tee 1
            v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
            local.get 1
            local.get 1
            f32x4.eq
            v128.bitselect
            i8x16.popcnt
            i32x4.extend_high_i16x8_u
            f32x4.neg
            i32x4.trunc_sat_f32x4_u
            f32x4.convert_i32x4_u
            i32x4.extend_low_i16x8_s
            i32x4.extadd_pairwise_i16x8_u
            block ;; label = @5
              f32.const -0x1.361438p+71 (;=-2859973800000000000000;)
              memory.size
              v128.load8x8_u offset=325972 align=4
              f64x2.nearest
              local.tee 2
              v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
              local.get 2
              local.get 2
              f64x2.eq
              v128.bitselect
              i16x8.extract_lane_u 5
              v128.load32_zero offset=352421
              i64x2.abs
              i32x4.all_true
              call 5
              i64.load8_u offset=455567
              block (result i64) ;; label = @6
                f64.const 0x1p-511 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000014916681462400413;)
                elem.drop 1
                ref.null extern
                elem.drop 0
                memory.size
                i64.load offset=404348 align=2
                f64.const 0x1.911c39a788d18p-567 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000032435175970910774;)
                i32.trunc_sat_f64_s
                i32.load offset=673841 align=2
                f32.convert_i32_s
                nop
                f32.trunc
                local.tee 3
                f32.const nan (;=NaN;)
                local.get 3
                local.get 3
                f32.eq
                select
                f32.neg
                i64.trunc_f32_u
                f32.convert_i64_u
                local.tee 0
                i64.trunc_f32_s
                i64.ge_s
                ref.null extern
                ref.is_null
                i32.mul
                elem.drop 0
                i64.extend_i32_u
                i64x2.splat
                local.get 0
                local.tee 0
                f32.sqrt
                local.tee 4
                f32.const nan (;=NaN;)
                local.get 4
                local.get 4
                f32.eq
                select
                i64.trunc_sat_f32_s
                i32.const 1817415771
                br_if 0 (;@6;)
                ref.null func
                i64.const 8533353984411976378
                loop (type 1) (result funcref i32) ;; label = @7
                  global.get 5
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 5
                  i32.const 1
                  i32.sub
                  global.set 5
                  f64.const 0x1.2ce1ee3a2dd71p+973 (;=93830235059503740000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                  local.get 0
                  i32.trunc_f32_u
                  nop
                  f32.reinterpret_i32
                  call 3
                  memory.grow
                  i64.extend_i32_u
                  call 2
                  f32.lt
                  br_if 5 (;@2;)
                  i64x2.all_true
                  f32.load offset=140990
                  f32.ceil
                  local.tee 5
                  f32.const nan (;=NaN;)
                  local.get 5
                  local.get 5
                  f32.eq
                  select
                  br 0 (;@7;)
                  call 5
                  memory.grow
                  f32.const 0x1.74a106p+45 (;=51213740000000;)
                  i32.trunc_sat_f32_u
                  f32.load offset=74764 align=1
                  loop (type 0) (result i32 v128 i32 i64 v128 f32 f32) ;; label = @8
                    global.get 5
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 5
                    i32.const 1
                    i32.sub
                    global.set 5
                    f32.const 0x1.p-129 (;=0.000000000000000000000000000000000000001469368;)
                    i32.const -1791124231
                    f64.load offset=516697 align=1
                    f64.floor
                    local.tee 6
                    f64.const nan (;=NaN;)
                    local.get 6
                    local.get 6
                    f64.eq
                    select
                    i64.reinterpret_f64
                    i32.const -2071696164
                    i32.load16_s offset=161741 align=1
                    i32.popcnt
                    i32.load8_u offset=44921
                    f32.convert_i32_u
                    i64.trunc_sat_f32_s
                    i64.ge_s
                    f64.load offset=193918 align=4
                    f64.abs
                    f64.abs
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
                      i64.const -524288
                      i64x2.splat
                      f64x2.extract_lane 1
                      f64.floor
                      local.tee 7
                      f64.const nan (;=NaN;)
                      local.get 7
                      local.get 7
                      f64.eq
                      select
                      br 0 (;@9;)
                      i32.trunc_f64_u
                      v128.load32x2_s offset=149696 align=2
                      ref.null extern
                      elem.drop 1
                      f32.const 0x1.ec0c96p+83 (;=18589092000000000000000000;)
                      i64.trunc_sat_f32_u
                      call 5
                      loop (type 0) (result i32 v128 i32 i64 v128 f32 f32) ;; label = @10
                        global.get 5
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 5
                        i32.const 1
                        i32.sub
                        global.set 5
                        v128.const i32x4 0x482d66ee 0x90eef64d 0x3efe2976 0x6bf3bec6
                        i8x16.all_true
                        v128.load offset=14233 align=1
                        i16x8.extend_high_i8x16_s
                        f32x4.nearest
                        local.tee 8
                        v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                        local.get 8
                        local.get 8
                        f32x4.eq
                        v128.bitselect
                        i8x16.all_true
                        v128.load32x2_s offset=260742 align=2
                        local.get 0
                        i32.trunc_sat_f32_s
                        v128.load32_splat offset=109499
                        i64x2.extmul_low_i32x4_s
                        i32x4.bitmask
                        f32.convert_i32_u
                        local.tee 0
                        f32.abs
                        v128.const i32x4 0x805487f5 0x6f65c935 0xc332f616 0x57c322cf
                        f64x2.convert_low_i32x4_s
                        local.get 0
                        i64.trunc_sat_f32_s
                        loop (result funcref) ;; label = @11
                          global.get 5
                          i32.eqz
                          if ;; label = @12
                            unreachable
                          end
                          global.get 5
                          i32.const 1
                          i32.sub
                          global.set 5
                          elem.drop 1
                          i32.const 573029377
                          f64.convert_i32_s
                          i32.trunc_f64_u
                          br 7 (;@4;)
                          ref.null func
                        end
                        drop
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 3
                        v128.xor
                        global.set 3
                        i32.reinterpret_f32
                        global.get 0
                        i32.xor
                        global.set 0
                        i32.const -1369620757
                        v128.const i32x4 0xfff7ffff 0xffffffff 0x00000000 0xffff0000
                        i32.const 458756
                        i64.const -562949953421312
                        v128.const i32x4 0x10a1b355 0x056b5eb5 0xf0b86735 0x818b8642
                        f32.const 0x1.6b4aa2p-30 (;=0.0000000013216469;)
                        f32.const 0x1.cf7544p-89 (;=0.0000000000000000000000000029248316;)
                      end
                      i32.reinterpret_f32
                      global.get 0
                      i32.xor
                      global.set 0
                      i32.reinterpret_f32
                      global.get 0
                      i32.xor
                      global.set 0
                      global.get 3
                      v128.xor
                      global.set 3
                      global.get 2
                      i64.xor
                      global.set 2
                      global.get 1
                      i32.xor
                      global.set 1
                      global.get 3
                      v128.xor
                      global.set 3
                      global.get 1
                      i32.xor
                      global.set 1
                      global.get 1
                      i32.xor
                      global.set 1
                      drop
                      global.get 2
                      i64.xor
                      global.set 2
                      drop
                    end
                    global.get 3
                    v128.xor
                    global.set 3
                    i64.reinterpret_f64
                    global.get 4
                    i64.xor
                    global.set 4
                    i32.reinterpret_f32
                    global.get 0
                    i32.xor
                    global.set 0
                    i32.const -4194305
                    v128.const i32x4 0xbeea25bc 0xca8af345 0x261365e1 0x860acd13
                    i32.const 2139095039
                    i64.const 8177194670709535558
                    v128.const i32x4 0x65086c2a 0xec9607aa 0xc410e9b0 0xc71d5785
                    f32.const 0x0p+0 (;=0;)
                    f32.const 0x1.67a398p+37 (;=193079740000;)
                  end
                  i32.reinterpret_f32
                  global.get 0
                  i32.xor
                  global.set 0
                  i32.reinterpret_f32
                  global.get 0
                  i32.xor
                  global.set 0
                  global.get 3
                  v128.xor
                  global.set 3
                  global.get 2
                  i64.xor
                  global.set 2
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 3
                  v128.xor
                  global.set 3
                  global.get 1
                  i32.xor
                  global.set 1
                  i32.reinterpret_f32
                  global.get 0
                  i32.xor
                  global.set 0
                  global.get 1
                  i32.xor
                  global.set 1
                  drop
                  i32.reinterpret_f32
                  global.get 0
                  i32.xor
                  global.set 0
                  global.get 2
                  i64.xor
                  global.set 2
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 3
                  v128.xor
                  global.set 3
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 2
                  i64.xor
                  global.set 2
                  drop
                  i32.reinterpret_f32
                  global.get 0
                  i32.xor
                  global.set 0
                  i64.reinterpret_f64
                  global.get 4
                  i64.xor
                  global.set 4
                  ref.null func
                  i32.const 1177318641
                end
                global.get 1
                i32.xor
                global.set 1
                drop
                global.get 2
                i64.xor
                global.set 2
                drop
                global.get 2
                i64.xor
                global.set 2
                global.get 3
                v128.xor
                global.set 3
                drop
                i64.reinterpret_f64
                global.get 4
                i64.xor
                global.set 4
                i64.const 7372846595231441455
              end
              global.get 2
              i64.xor
              global.set 2
              global.get 2
              i64.xor
              global.set 2
              drop
              global.get 1
              i32.xor
              global.set 1
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
            end
            global.get 3
            v128.xor
            global.set 3
            i32.const -1063369778
          end
          global.get 1
          i32.xor
          global.set 1
          global.get 3
          v128.xor
          global.set 3
          global.get 2
          i64.xor
          global.set 2
          global.get 1
          i32.xor
          global.set 1
          global.get 3
          v128.xor
          global.set 3
          global.get 1
          i32.xor
          global.set 1
          global.get 1
          i32.xor
          global.set 1
          global.get 1
          i32.xor
          global.set 1
          ref.null func
          i32.const -8388608
        end
        global.get 1
        i32.xor
        global.set 1
        drop
      end
    end
    i32.const 7
    v128.const i32x4 0x000b0001 0x00000000 0xffffffff 0x000007ff
    i32.const 455358489
    i64.const -8789413457813052193
    v128.const i32x4 0x000b0008 0x00000000 0x001fffff 0x00000000
    f32.const -nan (;=NaN;)
    f32.const -nan:0x77ffff (;=NaN;)
  )
  (func (;3;) (type 1) (result funcref i32)
    (local funcref f64 v128 funcref v128)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    elem.drop 0
    v128.const i32x4 0x81d352f4 0x1902721f 0xed9d8de7 0x47ed30a3
    local.get 0
    elem.drop 0
    block (type 1) (result funcref i32) ;; label = @1
      memory.size
      v128.load64_splat offset=161120 align=4
      f64x2.abs
      i8x16.extract_lane_u 7
      f32.reinterpret_i32
      call 4
      f32.reinterpret_i32
      i32.trunc_f32_s
      i32.load offset=383046 align=2
      elem.drop 0
      v128.load32x2_u offset=278524 align=4
      i16x8.extend_low_i8x16_u
      f64x2.convert_low_i32x4_u
      local.tee 2
      loop (result v128) ;; label = @2
        global.get 5
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 5
        i32.const 1
        i32.sub
        global.set 5
        elem.drop 0
        call 4
        f32.convert_i32_u
        i32.reinterpret_f32
        i32.load16_s offset=47967 align=1
        br_if 0 (;@2;)
        ref.is_null
        if (result f32) ;; label = @3
          i64.const 131072
          i32.wrap_i64
          v128.load offset=346929
          i8x16.bitmask
          br 1 (;@2;)
          memory.grow
          loop (type 1) (result funcref i32) ;; label = @4
            global.get 5
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 5
            i32.const 1
            i32.sub
            global.set 5
            br 0 (;@4;)
            i32.const -1551164347
            v128.load32_zero offset=135815 align=1
            i64x2.abs
            f64x2.nearest
            local.tee 4
            v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
            local.get 4
            local.get 4
            f64x2.eq
            v128.bitselect
            i32x4.extend_high_i16x8_s
            i16x8.extadd_pairwise_i8x16_u
            i8x16.extract_lane_u 15
            if (type 1) (result funcref i32) ;; label = @5
              local.get 2
              f64x2.convert_low_i32x4_s
              i64x2.extract_lane 1
              local.get 3
              ref.is_null
              f32.convert_i32_u
              block (type 0) (result i32 v128 i32 i64 v128 f32 f32) ;; label = @6
                f64.const -0x1.8509b3c569553p-380 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006170972256475503;)
                block (type 1) (result funcref i32) ;; label = @7
                  i32.const 8191
                  v128.load8_splat offset=426024
                  f64x2.convert_low_i32x4_s
                  i32x4.extadd_pairwise_i16x8_s
                  global.get 3
                  v128.xor
                  global.set 3
                  ref.null func
                  i32.const 2062687260
                end
                global.get 1
                i32.xor
                global.set 1
                drop
                i64.reinterpret_f64
                global.get 4
                i64.xor
                global.set 4
                i32.const -1431655766
                v128.const i32x4 0x10f75f5e 0x3ba498ee 0x86dc9a19 0x2b846a5a
                i32.const 458748
                i64.const -32768
                v128.const i32x4 0xe6df1030 0x852b80b7 0xfa6625a1 0xbaf7ef8b
                f32.const -0x1p+65 (;=-36893490000000000000;)
                f32.const -nan:0x7ffffe (;=NaN;)
              end
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
              global.get 3
              v128.xor
              global.set 3
              global.get 2
              i64.xor
              global.set 2
              global.get 1
              i32.xor
              global.set 1
              global.get 3
              v128.xor
              global.set 3
              global.get 1
              i32.xor
              global.set 1
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
              global.get 2
              i64.xor
              global.set 2
              ref.null func
              i32.const 702243944
            else
              ref.null func
              i32.const 268435455
            end
          end
          global.get 1
          i32.xor
          global.set 1
          drop
          global.get 1
          i32.xor
          global.set 1
          f32.const 0x1.fffffp-129 (;=0.000000000000000000000000000000000000002938734;)
        else
          f32.const -0x1.877fa4p-108 (;=-0.000000000000000000000000000000004712493;)
        end
        i32.reinterpret_f32
        global.get 0
        i32.xor
        global.set 0
        v128.const i32x4 0xfffffff0 0xffffffff 0xffffffff 0xffffffff
      end
      global.get 3
      v128.xor
      global.set 3
      global.get 3
      v128.xor
      global.set 3
      drop
      i32.reinterpret_f32
      global.get 0
      i32.xor
      global.set 0
      ref.null func
      i32.const 32767
    end
    global.get 1
    i32.xor
    global.set 1
    drop
    drop
    global.get 3
    v128.xor
    global.set 3
    ref.null func
    i32.const 536824960
  )
  (func (;4;) (type 1) (result funcref i32)
    (local funcref)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    block (type 1) (result funcref i32) ;; label = @1
      nop
      f64.const -0x1.4b01d26898547p+740 (;=-7478149746878657000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      f64x2.splat
      global.get 3
      v128.xor
      global.set 3
      ref.null func
      i32.const 128
    end
  )
  (func (;5;) (type 1) (result funcref i32)
    (local v128 f64 i32 v128 f32 v128 f32 v128 v128)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    ref.null func
    memory.size
    i64.const 8796093022208
    i64.popcnt
    f64.const 0x1.8bd394f103237p-482 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000012382461360782432;)
    i64.trunc_f64_u
    i64.div_u
    i64.extend32_s
    i64.const 1151659306233105666
    i64.const -1154528417286800665
    i64.const 6098734269081790794
    i64.lt_s
    i32.popcnt
    v128.load16_splat offset=281669
    i16x8.extadd_pairwise_i8x16_u
    i32x4.extend_high_i16x8_u
    i64x2.extend_low_i32x4_u
    i64x2.extend_high_i32x4_s
    i16x8.neg
    f64x2.nearest
    local.tee 3
    v128.const i32x4 0x00000000 0x7ff80000 0x00000000 0x7ff80000
    local.get 3
    local.get 3
    f64x2.eq
    v128.bitselect
    i16x8.all_true
    f64.load offset=148389
    elem.drop 1
    f32.demote_f64
    f32.neg
    elem.drop 0
    loop (result f32) ;; label = @1
      global.get 5
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 5
      i32.const 1
      i32.sub
      global.set 5
      f32.const 0x1.41c0d6p-109 (;=0.000000000000000000000000000000001936482;)
      i32.const -1309556864
      i32.load offset=332344
      i8x16.splat
      elem.drop 1
      i32x4.neg
      i64x2.all_true
      i32.extend16_s
      i64.load32_s offset=346949
      memory.size
      i16x8.splat
      i64.const 18014398509481984
      i64.eqz
      i64.extend_i32_u
      i64.extend32_s
      call 4
      i32.eqz
      v128.load offset=162700
      i32x4.extadd_pairwise_i16x8_s
      call 2
      f32.ne
      i32x4.replace_lane 2
      f32.const -0x1.a922a2p-65 (;=-0.00000000000000000004501295;)
      f32.floor
      local.tee 4
      f32.const nan (;=NaN;)
      local.get 4
      local.get 4
      f32.eq
      select
      local.get 1
      v128.const i32x4 0xd61f0fc6 0xf83e693b 0x22f6d565 0x9c368c82
      i16x8.extend_low_i8x16_s
      i32x4.neg
      i32x4.trunc_sat_f32x4_s
      i16x8.extadd_pairwise_i8x16_s
      i8x16.popcnt
      i8x16.extract_lane_s 8
      ref.null func
      ref.null extern
      ref.is_null
      call 2
      elem.drop 1
      i32.trunc_sat_f32_s
      if (type 1) (result funcref i32) ;; label = @2
        local.get 1
        loop (result v128) ;; label = @3
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
          i8x16.splat
          i32x4.extend_high_i16x8_s
          ref.null extern
          ref.null func
          i32.const 458750
          i32.const -16843010
          memory.grow
          i32.shr_s
          v128.load32x2_u offset=216854 align=2
          i8x16.neg
          f32x4.abs
          f32x4.sqrt
          local.tee 5
          v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
          local.get 5
          local.get 5
          f32x4.eq
          v128.bitselect
          block (result funcref) ;; label = @4
            i64.const -68719476736
            i64.eqz
            v128.load16x4_u offset=395108
            f32x4.extract_lane 0
            f32.sqrt
            local.tee 6
            f32.const nan (;=NaN;)
            local.get 6
            local.get 6
            f32.eq
            select
            i64.const -1048576
            f64.convert_i64_s
            ref.null extern
            f64.const -0x1.5a35bed2cf484p-919 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003051641806373497;)
            i32.trunc_f64_s
            v128.load8x8_u offset=363682
            i64x2.extend_high_i32x4_u
            f64x2.neg
            br 3 (;@1;)
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
            i64x2.neg
            i16x8.extadd_pairwise_i8x16_s
            i16x8.bitmask
            i32.load16_s offset=175203
            br_if 3 (;@1;)
            call 2
            block (result v128) ;; label = @5
              memory.size
              f64.const -0x1.e6570ab005f1ap-246 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000016800457096268014;)
              i32.trunc_sat_f64_u
              v128.load32_splat offset=125466
              i32x4.extend_high_i16x8_u
              loop (type 0) (result i32 v128 i32 i64 v128 f32 f32) ;; label = @6
                global.get 5
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 5
                i32.const 1
                i32.sub
                global.set 5
                f32.const 0x1.628a1cp+46 (;=97455070000000;)
                br 3 (;@3;)
                f32.abs
                loop (result i64) ;; label = @7
                  global.get 5
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 5
                  i32.const 1
                  i32.sub
                  global.set 5
                  i64.const -562949953421313
                  local.get 0
                  i64x2.extract_lane 0
                  f64.convert_i64_u
                  i64.trunc_f64_s
                  i64.ctz
                  i64.rotl
                  block (type 1) (result funcref i32) ;; label = @8
                    ref.null extern
                    memory.size
                    i8x16.splat
                    i64x2.extend_low_i32x4_s
                    i64.const -35184372088832
                    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
                    f32.const 0x1.ca53e8p-117 (;=0.000000000000000000000000000000000010775234;)
                    f32.neg
                    call 5
                    i64.load32_u offset=431511 align=2
                    call 0
                    f64.const 0x1.63aeb56293eadp-950 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000014599117270123481;)
                    i64.trunc_f64_s
                    call 3
                    v128.load16_splat offset=109535
                    i8x16.neg
                    i32x4.extadd_pairwise_i16x8_u
                    local.get 1
                    i64.trunc_sat_f64_u
                    i64.ctz
                    block ;; label = @9
                      i32.const 88387703
                      memory.grow
                      f64.convert_i32_s
                      br 8 (;@1;)
                      i64.trunc_f64_s
                      v128.const i32x4 0x71cfdd0e 0x6acb4f18 0xd7ac49bf 0x9cde5d1a
                      i32x4.extract_lane 1
                      i32.extend16_s
                      v128.load64_zero offset=209369 align=1
                      i16x8.extadd_pairwise_i8x16_s
                      f64x2.abs
                      call 4
                      i32.extend16_s
                      v128.load8x8_s offset=231584 align=1
                      f64x2.convert_low_i32x4_s
                      i32x4.extract_lane 3
                      f64.load offset=46051
                      i32.trunc_sat_f64_s
                      i64.const 33554431
                      i64.extend8_s
                      global.get 2
                      i64.xor
                      global.set 2
                      global.get 1
                      i32.xor
                      global.set 1
                      drop
                      global.get 3
                      v128.xor
                      global.set 3
                      global.get 2
                      i64.xor
                      global.set 2
                    end
                    global.get 2
                    i64.xor
                    global.set 2
                    global.get 3
                    v128.xor
                    global.set 3
                    drop
                    global.get 2
                    i64.xor
                    global.set 2
                    i32.reinterpret_f32
                    global.get 0
                    i32.xor
                    global.set 0
                    i32.reinterpret_f32
                    global.get 0
                    i32.xor
                    global.set 0
                    global.get 3
                    v128.xor
                    global.set 3
                    global.get 2
                    i64.xor
                    global.set 2
                    global.get 1
                    i32.xor
                    global.set 1
                    global.get 3
                    v128.xor
                    global.set 3
                    global.get 1
                    i32.xor
                    global.set 1
                    global.get 2
                    i64.xor
                    global.set 2
                    drop
                    i32.reinterpret_f32
                    global.get 0
                    i32.xor
                    global.set 0
                    i32.reinterpret_f32
                    global.get 0
                    i32.xor
                    global.set 0
                    global.get 2
                    i64.xor
                    global.set 2
                    global.get 3
                    v128.xor
                    global.set 3
                    drop
                    ref.null func
                    i32.const 720896
                  end
                  global.get 1
                  i32.xor
                  global.set 1
                  drop
                end
                global.get 2
                i64.xor
                global.set 2
                i32.reinterpret_f32
                global.get 0
                i32.xor
                global.set 0
                i32.const 1073741823
                v128.const i32x4 0x00000000 0x00000080 0x00000000 0x7ff80000
                i32.const -512091740
                i64.const 4251324862929616918
                v128.const i32x4 0x20000000 0x00000000 0xffffffff 0x000001ff
                f32.const -0x1.b4aa86p-81 (;=-0.00000000000000000000000070547214;)
                f32.const -0x1.fa453cp-78 (;=-0.000000000000000000000006543392;)
              end
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
              i32.reinterpret_f32
              global.get 0
              i32.xor
              global.set 0
              global.get 3
              v128.xor
              global.set 3
              global.get 2
              i64.xor
              global.set 2
              global.get 1
              i32.xor
              global.set 1
              global.get 3
              v128.xor
              global.set 3
              global.get 1
              i32.xor
              global.set 1
              global.get 3
              v128.xor
              global.set 3
              global.get 1
              i32.xor
              global.set 1
              v128.const i32x4 0x00070001 0x00000000 0xffffffff 0x01ffffff
            end
            global.get 3
            v128.xor
            global.set 3
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            global.get 3
            v128.xor
            global.set 3
            global.get 2
            i64.xor
            global.set 2
            global.get 1
            i32.xor
            global.set 1
            global.get 3
            v128.xor
            global.set 3
            global.get 1
            i32.xor
            global.set 1
            drop
            i64.reinterpret_f64
            global.get 4
            i64.xor
            global.set 4
            i32.reinterpret_f32
            global.get 0
            i32.xor
            global.set 0
            ref.null func
          end
          drop
          global.get 3
          v128.xor
          global.set 3
          drop
          drop
        end
        global.get 3
        v128.xor
        global.set 3
        i64.reinterpret_f64
        global.get 4
        i64.xor
        global.set 4
        ref.null func
        i32.const -1567113303
      else
        ref.null func
        i32.const 458751
      end
      global.get 1
      i32.xor
      global.set 1
      drop
      i32.reinterpret_f32
      global.get 0
      i32.xor
      global.set 0
      global.get 3
      v128.xor
      global.set 3
      global.get 2
      i64.xor
      global.set 2
      global.get 1
      i32.xor
      global.set 1
      global.get 3
      v128.xor
      global.set 3
      global.get 1
      i32.xor
      global.set 1
      global.get 1
      i32.xor
      global.set 1
      drop
      global.get 1
      i32.xor
      global.set 1
      i64.reinterpret_f64
      global.get 4
      i64.xor
      global.set 4
      i32.reinterpret_f32
      global.get 0
      i32.xor
      global.set 0
      global.get 3
      v128.xor
      global.set 3
      global.get 2
      i64.xor
      global.set 2
      global.get 1
      i32.xor
      global.set 1
      global.get 3
      v128.xor
      global.set 3
      global.get 1
      i32.xor
      global.set 1
      global.get 3
      v128.xor
      global.set 3
      drop
      global.get 2
      i64.xor
      global.set 2
      global.get 3
      v128.xor
      global.set 3
      global.get 2
      i64.xor
      global.set 2
    end
    i32.reinterpret_f32
    global.get 0
    i32.xor
    global.set 0
    i32.reinterpret_f32
    global.get 0
    i32.xor
    global.set 0
    global.get 2
    i64.xor
    global.set 2
    global.get 2
    i64.xor
    global.set 2
  )
)
