(module
  (type (;0;) (func (result f64 f64)))
  (table (;0;) 4 651 funcref)
  (memory (;0;) 0 3)
  (global (;0;) (mut i64) i64.const -6999296141360393833)
  (global (;1;) f64 f64.const -0x1.c237a63081064p+631 (;=-15671463466237564000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;))
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i32) i32.const 0)
  (global (;5;) (mut i32) i32.const 0)
  (global (;6;) (mut i32) i32.const 500)
  (export "/:\u{12}" (func 0))
  (export "" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (func 4))
  (export "5" (table 0))
  (export "6" (memory 0))
  (export "7" (global 0))
  (export "8" (global 1))
  (export "9" (global 2))
  (export "10" (global 3))
  (export ">C" (global 4))
  (export "12" (global 5))
  (func (;0;) (type 0) (result f64 f64)
    (local i32 i32 f32 f32 f64 f64 f32 f32 f64 f64)
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
    i64.load align=4
    i64.popcnt
    global.set 0
    local.get 1
    f32.load
    f32.nearest
    local.tee 2
    f32.const nan (;=NaN;)
    local.get 2
    local.get 2
    f32.eq
    select
    memory.size
    f32.const -0x0p+0 (;=-0;)
    i32.trunc_sat_f32_s
    i32.ge_u
    local.get 0
    table.size 0
    i32.le_s
    i32.shl
    f32.reinterpret_i32
    f32.neg
    f32.eq
    i64.const 8441648538300507374
    i64.eqz
    i32.le_u
    i32.load16_u align=1
    local.set 1
    f64.const 0x1.p-1069 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000016;)
    i64.trunc_f64_s
    i64.clz
    f64.convert_i64_u
    i32.trunc_f64_u
    i64.load8_s
    i64.const -6565636149396438036
    f64.const 0x1.4ddb9ebed2ee6p-506 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006225064767430909;)
    f64.neg
    i64.trunc_sat_f64_s
    i64.eq
    i64.load align=4
    table.size 0
    call 1
    i32.trunc_f64_u
    f32.convert_i32_u
    i32.trunc_sat_f32_u
    i64.load32_s align=1
    i32.wrap_i64
    i32.load8_u
    f64.const -0x1.dc25a2f39d2dap-964 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000011928484844695678;)
    block (result f32) ;; label = @1
      global.get 1
      memory.size
      i64.load32_s
      local.get 0
      f64.convert_i32_u
      f64.const -0x1.f7a359cff2c51p-427 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005676366831631954;)
      block ;; label = @2
        ref.null func
        ref.is_null
        global.get 0
        f32.convert_i64_s
        f32.neg
        f32.ceil
        local.tee 3
        f32.const nan (;=NaN;)
        local.get 3
        local.get 3
        f32.eq
        select
        i64.trunc_f32_u
        f64.const 0x1.ff8p-1065 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005054;)
        i32.trunc_f64_s
        i64.load16_s align=1
        i32.const -55288076
        i32.const -1188515478
        i32.popcnt
        f32.convert_i32_u
        i64.const 288230376151711744
        table.size 0
        i32.load8_s
        ref.null func
        i64.const -2040359448147381030
        f32.convert_i64_u
        i32.trunc_f32_u
        table.grow 0
        table.size 0
        i32.shr_s
        i32.or
        br_if 0 (;@2;)
        f64.reinterpret_i64
        memory.size
        global.get 1
        i32.const -262145
        i32.popcnt
        f64.load align=4
        i32.const -16777216
        global.get 1
        i64.reinterpret_f64
        f32.const -nan:0x3fffff (;=NaN;)
        f32.const 0x1.ffffp-133 (;=0.00000000000000000000000000000000000000018367;)
        f32.gt
        br_if 0 (;@2;)
        f64.reinterpret_i64
        i32.const 932902734
        i32.extend16_s
        i64.extend_i32_s
        i32.const 1295200410
        i64.load16_u
        f32.convert_i64_s
        call 3
        i32.trunc_f64_s
        br_if 0 (;@2;)
        i64.trunc_sat_f64_u
        i64.extend16_s
        i64.popcnt
        i64.eqz
        call 4
        f32.const nan (;=NaN;)
        global.get 1
        f64.ceil
        local.tee 4
        f64.const nan (;=NaN;)
        local.get 4
        local.get 4
        f64.eq
        select
        f64.sqrt
        local.tee 5
        f64.const nan (;=NaN;)
        local.get 5
        local.get 5
        f64.eq
        select
        i64.trunc_f64_u
        loop (type 0) (result f64 f64) ;; label = @3
          global.get 6
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 6
          i32.const 1
          i32.sub
          global.set 6
          table.size 0
          global.get 0
          i64.extend16_s
          i64.const -95492983285499866
          f32.convert_i64_s
          f32.nearest
          local.tee 6
          f32.const nan (;=NaN;)
          local.get 6
          local.get 6
          f32.eq
          select
          f32.sqrt
          local.tee 7
          f32.const nan (;=NaN;)
          local.get 7
          local.get 7
          f32.eq
          select
          i64.const 1099511627776
          global.set 0
          i64.const 4703461678096720951
          f32.convert_i64_s
          memory.size
          br_table 0 (;@3;) 1 (;@2;) 0 (;@3;)
          f32.eq
          memory.grow
          i64.const -4685216694350927462
          i64.extend16_s
          i64.extend16_s
          f32.convert_i64_s
          i32.trunc_sat_f32_s
          i32.eq
          i32.popcnt
          i32.load8_s
          table.size 0
          loop (type 0) (result f64 f64) ;; label = @4
            global.get 6
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 6
            i32.const 1
            i32.sub
            global.set 6
            i64.const 4168816635015014151
            global.get 1
            f64.abs
            global.get 1
            block ;; label = @5
              memory.size
              br_if 0 (;@5;)
              br 3 (;@2;)
              i32.const 375768826
              i32.load align=2
              call 2
              f64.ge
              f64.convert_i32_s
              f64.trunc
              local.tee 8
              f64.const nan (;=NaN;)
              local.get 8
              local.get 8
              f64.eq
              select
              f64.store align=1
            end
            br 2 (;@2;)
            f64.min
            local.tee 9
            f64.const nan (;=NaN;)
            local.get 9
            local.get 9
            f64.eq
            select
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            global.get 3
            i64.xor
            global.set 3
            f64.const 0x1.a99dff7bc45ffp-201 (;=0.0000000000000000000000000000000000000000000000000000000000005173090256415776;)
            f64.const -0x1.d97f21121e035p-145 (;=-0.000000000000000000000000000000000000000000041469378509923775;)
          end
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          global.get 4
          i32.xor
          global.set 4
          global.get 4
          i32.xor
          global.set 4
          global.get 3
          i64.xor
          global.set 3
          global.get 4
          i32.xor
          global.set 4
          f64.const 0x1p-52 (;=0.0000000000000002220446049250313;)
          f64.const nan (;=NaN;)
        end
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        global.get 3
        i64.xor
        global.set 3
        i32.reinterpret_f32
        global.get 5
        i32.xor
        global.set 5
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        global.get 4
        i32.xor
        global.set 4
        i32.reinterpret_f32
        global.get 5
        i32.xor
        global.set 5
        global.get 3
        i64.xor
        global.set 3
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        global.get 4
        i32.xor
        global.set 4
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        global.get 4
        i32.xor
        global.set 4
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        i32.reinterpret_f32
        global.get 5
        i32.xor
        global.set 5
        global.get 4
        i32.xor
        global.set 4
        global.get 3
        i64.xor
        global.set 3
        global.get 3
        i64.xor
        global.set 3
        global.get 4
        i32.xor
        global.set 4
      end
      i64.reinterpret_f64
      global.get 2
      i64.xor
      global.set 2
      i64.reinterpret_f64
      global.get 2
      i64.xor
      global.set 2
      global.get 3
      i64.xor
      global.set 3
      i64.reinterpret_f64
      global.get 2
      i64.xor
      global.set 2
      f32.const 0x1.de4784p+11 (;=3826.2349;)
    end
    i32.reinterpret_f32
    global.get 5
    i32.xor
    global.set 5
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
    global.get 4
    i32.xor
    global.set 4
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
    global.get 4
    i32.xor
    global.set 4
    global.get 3
    i64.xor
    global.set 3
    global.get 3
    i64.xor
    global.set 3
    f64.const -nan (;=NaN;)
    f64.const -0x1.fffffffffffffp+1020 (;=-22471164185778946000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
  )
  (func (;1;) (type 0) (result f64 f64)
    (local externref f64 i64 funcref)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    loop (type 0) (result f64 f64) ;; label = @1
      global.get 6
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 6
      i32.const 1
      i32.sub
      global.set 6
      f64.const -0x1.c789eeca7b839p-7 (;=-0.013901940915243315;)
      f64.const 0x1.p-1054 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005180654;)
    end
  )
  (func (;2;) (type 0) (result f64 f64)
    (local f64 f32 f64 f64 f64 f32 f64 f32 f32 f32 f64)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    f32.const -0x1.fdfdfcp+126 (;=-169473950000000000000000000000000000000;)
    f32.abs
    i64.trunc_f32_u
    f32.convert_i64_u
    memory.size
    i32.extend8_s
    ref.null extern
    f32.const 0x1.p-148 (;=0.000000000000000000000000000000000000000000003;)
    i32.const 340476527
    call 2
    f64.max
    local.tee 0
    f64.const nan (;=NaN;)
    local.get 0
    local.get 0
    f64.eq
    select
    i64.trunc_f64_s
    call 0
    f64.copysign
    block ;; label = @1
    end
    i64.trunc_f64_u
    i64.rem_u
    i64.extend32_s
    i64.const -3
    block (type 0) (result f64 f64) ;; label = @1
      table.size 0
      f64.load align=1
      block ;; label = @2
        f64.const 0x1p-991 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004778309726736481;)
        global.get 1
        i64.const -562949953421313
        nop
        f32.const 0x1.224ff6p+32 (;=4870633000;)
        i32.trunc_sat_f32_u
        f32.load align=1
        ref.null func
        ref.null extern
        global.get 0
        f32.convert_i64_u
        call 1
        f64.ge
        f32.load align=2
        f32.add
        local.tee 1
        f32.const nan (;=NaN;)
        local.get 1
        local.get 1
        f32.eq
        select
        i64.trunc_f32_s
        f64.reinterpret_i64
        i64.reinterpret_f64
        i64.const -8164706887748423831
        i64.gt_s
        i32.eqz
        f64.convert_i32_u
        memory.size
        table.get 0
        f64.const 0x1.p-1054 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005180654;)
        i32.trunc_sat_f64_u
        br 0 (;@2;)
        i32.load16_s align=1
        f64.load
        nop
        block ;; label = @3
          global.get 0
          br 0 (;@3;)
          global.get 1
          memory.size
          table.get 0
          ref.is_null
          global.get 0
          i64.const 68719476736
          f64.convert_i64_s
          i32.trunc_f64_u
          global.get 0
          br 1 (;@2;)
          call 4
          f64.min
          local.tee 2
          f64.const nan (;=NaN;)
          local.get 2
          local.get 2
          f64.eq
          select
          table.size 0
          global.get 1
          f64.sqrt
          local.tee 3
          f64.const nan (;=NaN;)
          local.get 3
          local.get 3
          f64.eq
          select
          f64.ceil
          local.tee 4
          f64.const nan (;=NaN;)
          local.get 4
          local.get 4
          f64.eq
          select
          i64.trunc_sat_f64_u
          i64.store align=2
          i32.const 2047121922
          i32.load16_s
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
            memory.size
            i64.load8_u
            memory.size
            if (type 0) (result f64 f64) ;; label = @5
              f32.const 0x1.aaaaaap+43 (;=14660155000000;)
              f32.floor
              local.tee 5
              f32.const nan (;=NaN;)
              local.get 5
              local.get 5
              f32.eq
              select
              f32.abs
              memory.size
              memory.size
              i64.load8_s
              f64.reinterpret_i64
              f64.ceil
              local.tee 6
              f64.const nan (;=NaN;)
              local.get 6
              local.get 6
              f64.eq
              select
              loop (type 0) (result f64 f64) ;; label = @6
                global.get 6
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 6
                i32.const 1
                i32.sub
                global.set 6
                call 2
                ref.null extern
                call 0
                f64.neg
                f64.const -0x1.8591ea87d7dcp+72 (;=-7186297810314244000000;)
                i64.const 6804474438878151508
                f64.reinterpret_i64
                i32.trunc_sat_f64_s
                memory.size
                i32.load8_s offset=2517187566
                i32.shr_s
                memory.size
                memory.size
                i32.shr_u
                i32.and
                block ;; label = @7
                  f32.const -0x1.f4f6cp-30 (;=-0.0000000018224959;)
                  f32.trunc
                  local.tee 7
                  f32.const nan (;=NaN;)
                  local.get 7
                  local.get 7
                  f32.eq
                  select
                  f32.ceil
                  local.tee 8
                  f32.const nan (;=NaN;)
                  local.get 8
                  local.get 8
                  f32.eq
                  select
                  ref.null func
                  f64.const 0x1.0c965485e0de9p-805 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004916984972070065;)
                  block ;; label = @8
                    i32.const -737891906
                    i32.ctz
                    f32.reinterpret_i32
                    f32.trunc
                    local.tee 9
                    f32.const nan (;=NaN;)
                    local.get 9
                    local.get 9
                    f32.eq
                    select
                    i64.trunc_sat_f32_s
                    global.get 0
                    i64.rem_s
                    f64.convert_i64_s
                    i64.trunc_sat_f64_s
                    table.size 0
                    call 3
                    br 4 (;@4;)
                    i32.trunc_f64_u
                    f64.convert_i32_s
                    f64.sub
                    local.tee 10
                    f64.const nan (;=NaN;)
                    local.get 10
                    local.get 10
                    f64.eq
                    select
                    i32.trunc_f64_s
                    f32.const 0x1.907d9ep-84 (;=0.00000000000000000000000008087845;)
                    i64.trunc_sat_f32_s
                    f32.const 0x1p-63 (;=0.00000000000000000010842022;)
                    i32.reinterpret_f32
                    br 1 (;@7;)
                    global.get 4
                    i32.xor
                    global.set 4
                    global.get 3
                    i64.xor
                    global.set 3
                    global.get 4
                    i32.xor
                    global.set 4
                    global.get 4
                    i32.xor
                    global.set 4
                    global.get 3
                    i64.xor
                    global.set 3
                  end
                  i64.reinterpret_f64
                  global.get 2
                  i64.xor
                  global.set 2
                  drop
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                end
                global.get 4
                i32.xor
                global.set 4
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                drop
              end
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
              global.get 4
              i32.xor
              global.set 4
              i32.reinterpret_f32
              global.get 5
              i32.xor
              global.set 5
              f64.const -0x1p+961 (;=-19490628022800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
              f64.const 0x1.p-1066 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001265;)
            else
              f64.const 0x1.ffffffffff8p-1033 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002172923689948;)
              f64.const -0x1.170411e552bdep-130 (;=-0.0000000000000000000000000000000000000008007363573454803;)
            end
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            drop
            f32.const 0x1.a7f364p-49 (;=0.0000000000000029417492;)
          end
          i32.reinterpret_f32
          global.get 5
          i32.xor
          global.set 5
          global.get 4
          i32.xor
          global.set 4
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          global.get 3
          i64.xor
          global.set 3
          global.get 4
          i32.xor
          global.set 4
          global.get 3
          i64.xor
          global.set 3
          global.get 4
          i32.xor
          global.set 4
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          global.get 3
          i64.xor
          global.set 3
        end
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        drop
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        drop
        drop
        i32.reinterpret_f32
        global.get 5
        i32.xor
        global.set 5
        global.get 3
        i64.xor
        global.set 3
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
      end
      f64.const 0x1.fffffep-1051 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000082890456;)
    end
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
    global.get 3
    i64.xor
    global.set 3
    global.get 3
    i64.xor
    global.set 3
    global.get 4
    i32.xor
    global.set 4
    i32.reinterpret_f32
    global.get 5
    i32.xor
    global.set 5
    drop
    global.get 4
    i32.xor
    global.set 4
    i32.reinterpret_f32
    global.get 5
    i32.xor
    global.set 5
    f64.const -0x1.67ce15b3f83d6p+992 (;=-58827846436267010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
    f64.const -0x1.66de88cf3d48dp-328 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000256364410311363;)
  )
  (func (;3;) (type 0) (result f64 f64)
    (local externref f64 f64 f64 f32 f64 f64 f64 f64 f64)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    block (type 0) (result f64 f64) ;; label = @1
      i32.const 524287
      local.get 0
      call 1
      f64.trunc
      local.tee 1
      f64.const nan (;=NaN;)
      local.get 1
      local.get 1
      f64.eq
      select
      memory.size
      br_table 0 (;@1;) 1 0 (;@1;)
      loop (result i64) ;; label = @2
        global.get 6
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 6
        i32.const 1
        i32.sub
        global.set 6
        f64.const 0x1.b09762a8bcf84p+378 (;=1040342225369866800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
        i64.const -1700910235869039690
        f64.convert_i64_u
        br 1 (;@1;)
        f32.const 0x1.b9665cp-22 (;=0.00000041108564;)
        br 0 (;@2;)
        memory.size
        i32.load16_s offset=161886
        f64.load align=1
        f64.floor
        local.tee 2
        f64.const nan (;=NaN;)
        local.get 2
        local.get 2
        f64.eq
        select
        loop (type 0) (result f64 f64) ;; label = @3
          global.get 6
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 6
          i32.const 1
          i32.sub
          global.set 6
          i64.const 5821355873454073449
          i64.extend8_s
          i64.eqz
          i64.extend_i32_s
          i64.eqz
          i32.load align=1
          i32.load8_u offset=76177
          i64.load8_s
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
            memory.size
            call 1
            f32.const -nan:0x7fffff (;=NaN;)
            block ;; label = @5
              memory.size
              f64.load
              f64.floor
              local.tee 3
              f64.const nan (;=NaN;)
              local.get 3
              local.get 3
              f64.eq
              select
              memory.size
              i32.load8_u
              f64.convert_i32_u
              i32.trunc_sat_f64_s
              f64.convert_i32_s
              f64.ge
              br_if 3 (;@2;)
              i32.const 651
              br_if 1 (;@4;)
              block (result f32) ;; label = @6
                i64.const 7972496417667946061
                i32.wrap_i64
                f32.const 0x1.bb23fep+96 (;=137145370000000000000000000000;)
                i32.trunc_f32_s
                f64.convert_i32_s
                i64.trunc_sat_f64_u
                f64.convert_i64_u
                block ;; label = @7
                  ref.null extern
                  local.tee 0
                  i32.const 511
                  f32.const -0x1.05392cp-41 (;=-0.00000000000046402584;)
                  memory.size
                  f64.convert_i32_u
                  local.get 0
                  ref.is_null
                  i64.load align=2
                  ref.null func
                  ref.is_null
                  table.size 0
                  i32.le_u
                  i64.extend_i32_u
                  f32.convert_i64_s
                  memory.size
                  if ;; label = @8
                    f64.const 0x1.8002p-1057 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000097139;)
                    call 3
                    f32.demote_f64
                    f32.floor
                    local.tee 4
                    f32.const nan (;=NaN;)
                    local.get 4
                    local.get 4
                    f32.eq
                    select
                    i32.reinterpret_f32
                    i64.load8_u
                    f64.convert_i64_s
                    loop ;; label = @9
                      global.get 6
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 6
                      i32.const 1
                      i32.sub
                      global.set 6
                      block (result i32) ;; label = @10
                        br 5 (;@5;)
                        call 2
                        f64.mul
                        local.tee 5
                        f64.const nan (;=NaN;)
                        local.get 5
                        local.get 5
                        f64.eq
                        select
                        f32.demote_f64
                        i32.reinterpret_f32
                        i32.load16_s align=1
                        global.get 0
                        global.set 0
                        i32.ctz
                        local.get 0
                        ref.is_null
                        f32.load align=2
                        i32.trunc_sat_f32_s
                        i32.load16_u align=1
                        i32.shr_u
                        i64.extend_i32_u
                        i32.const 2133807899
                        i32.extend8_s
                        i32.extend16_s
                        call_indirect (type 0)
                        f64.floor
                        local.tee 6
                        f64.const nan (;=NaN;)
                        local.get 6
                        local.get 6
                        f64.eq
                        select
                        i64.reinterpret_f64
                        table.size 0
                        call 4
                        f32.const -nan:0x7fffbf (;=NaN;)
                        i32.trunc_f32_u
                        table.get 0
                        table.size 0
                        i64.extend_i32_s
                        i32.const 420169073
                        i32.load align=2
                        table.get 0
                        call 2
                        f64.ge
                        i32.load8_u
                        f64.load offset=3613721558
                        br 5 (;@5;)
                        i64.trunc_sat_f64_u
                        i64.extend8_s
                        table.size 0
                        i64.load16_s align=1
                        i64.rotl
                        i64.const 1342638298510400561
                        block (result i32) ;; label = @11
                          call 2
                          br 7 (;@4;)
                          ref.null extern
                          f64.const -0x1.474957f224c52p-815 (;=-0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005851155740951292;)
                          f64.ceil
                          local.tee 7
                          f64.const nan (;=NaN;)
                          local.get 7
                          local.get 7
                          f64.eq
                          select
                          i64.trunc_f64_u
                          i32.const -23030436
                          i32.popcnt
                          loop (result i32) ;; label = @12
                            global.get 6
                            i32.eqz
                            if ;; label = @13
                              unreachable
                            end
                            global.get 6
                            i32.const 1
                            i32.sub
                            global.set 6
                            local.get 0
                            call 2
                            f64.ceil
                            local.tee 8
                            f64.const nan (;=NaN;)
                            local.get 8
                            local.get 8
                            f64.eq
                            select
                            loop (result funcref) ;; label = @13
                              global.get 6
                              i32.eqz
                              if ;; label = @14
                                unreachable
                              end
                              global.get 6
                              i32.const 1
                              i32.sub
                              global.set 6
                              call 2
                              i32.trunc_sat_f64_u
                              table.get 0
                              loop (result externref) ;; label = @14
                                global.get 6
                                i32.eqz
                                if ;; label = @15
                                  unreachable
                                end
                                global.get 6
                                i32.const 1
                                i32.sub
                                global.set 6
                                global.get 1
                                f64.trunc
                                local.tee 9
                                f64.const nan (;=NaN;)
                                local.get 9
                                local.get 9
                                f64.eq
                                select
                                i64.reinterpret_f64
                                call 4
                                f64.const -0x1.5b0a850e5502ap+969 (;=-6764048847868531000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                memory.size
                                global.get 4
                                i32.xor
                                global.set 4
                                i64.reinterpret_f64
                                global.get 2
                                i64.xor
                                global.set 2
                                i64.reinterpret_f64
                                global.get 2
                                i64.xor
                                global.set 2
                                i64.reinterpret_f64
                                global.get 2
                                i64.xor
                                global.set 2
                                global.get 3
                                i64.xor
                                global.set 3
                                ref.null extern
                              end
                              drop
                              drop
                              i64.reinterpret_f64
                              global.get 2
                              i64.xor
                              global.set 2
                              ref.null func
                            end
                            drop
                            i64.reinterpret_f64
                            global.get 2
                            i64.xor
                            global.set 2
                            i64.reinterpret_f64
                            global.get 2
                            i64.xor
                            global.set 2
                            drop
                            i32.const -10482229
                          end
                          global.get 4
                          i32.xor
                          global.set 4
                          global.get 4
                          i32.xor
                          global.set 4
                          global.get 3
                          i64.xor
                          global.set 3
                          drop
                          i64.reinterpret_f64
                          global.get 2
                          i64.xor
                          global.set 2
                          i64.reinterpret_f64
                          global.get 2
                          i64.xor
                          global.set 2
                          i32.const 2139095040
                        end
                        global.get 4
                        i32.xor
                        global.set 4
                        global.get 3
                        i64.xor
                        global.set 3
                        global.get 3
                        i64.xor
                        global.set 3
                        drop
                        global.get 3
                        i64.xor
                        global.set 3
                        drop
                        i64.reinterpret_f64
                        global.get 2
                        i64.xor
                        global.set 2
                        i64.reinterpret_f64
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 4
                        i32.xor
                        global.set 4
                        global.get 3
                        i64.xor
                        global.set 3
                        i64.reinterpret_f64
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 3
                        i64.xor
                        global.set 3
                        i32.const 327051131
                      end
                      global.get 4
                      i32.xor
                      global.set 4
                    end
                    i64.reinterpret_f64
                    global.get 2
                    i64.xor
                    global.set 2
                    i64.reinterpret_f64
                    global.get 2
                    i64.xor
                    global.set 2
                    i64.reinterpret_f64
                    global.get 2
                    i64.xor
                    global.set 2
                  end
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                  global.get 3
                  i64.xor
                  global.set 3
                  i64.reinterpret_f64
                  global.get 2
                  i64.xor
                  global.set 2
                  i32.reinterpret_f32
                  global.get 5
                  i32.xor
                  global.set 5
                  global.get 4
                  i32.xor
                  global.set 4
                  drop
                end
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                global.get 4
                i32.xor
                global.set 4
                f32.const -0x1.19e3dep-113 (;=-0.00000000000000000000000000000000010603527;)
              end
              i32.reinterpret_f32
              global.get 5
              i32.xor
              global.set 5
            end
            i32.reinterpret_f32
            global.get 5
            i32.xor
            global.set 5
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            global.get 4
            i32.xor
            global.set 4
          end
          global.get 3
          i64.xor
          global.set 3
          f64.const -nan:0xf7fffffffffff (;=NaN;)
          f64.const 0x1.8p-1073 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000015;)
        end
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        drop
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        i32.reinterpret_f32
        global.get 5
        i32.xor
        global.set 5
        i64.const -4294967296
      end
      global.get 3
      i64.xor
      global.set 3
      drop
      global.get 4
      i32.xor
      global.set 4
      f64.const 0x1.ce1f46c70550cp-405 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002184583244202705;)
      f64.const 0x1.68p-1043 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000014920282905;)
    end
  )
  (func (;4;) (type 0) (result f64 f64)
    (local f64 i32 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64)
    global.get 6
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 6
    i32.const 1
    i32.sub
    global.set 6
    global.get 1
    i64.trunc_sat_f64_u
    global.get 1
    f64.ceil
    local.tee 2
    f64.const nan (;=NaN;)
    local.get 2
    local.get 2
    f64.eq
    select
    local.get 0
    global.get 0
    loop (result i32) ;; label = @1
      global.get 6
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 6
      i32.const 1
      i32.sub
      global.set 6
      i32.const -62549377
      i32.ctz
      i64.load8_u
      f64.convert_i64_s
      i32.trunc_sat_f64_s
      br_table 0 (;@1;) 0 (;@1;)
      table.size 0
      i64.load16_s
      br 0 (;@1;)
      memory.size
      i32.load8_s
      br_table 0 (;@1;) 0 (;@1;)
      local.get 1
      local.get 0
      table.size 0
      i32.load8_s
      local.set 1
      i64.trunc_f64_s
      i32.wrap_i64
      i64.load32_s align=1
      i32.const -4
      memory.size
      i32.extend8_s
      br_if 0 (;@1;)
      br 0 (;@1;)
      i32.extend8_s
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
        memory.size
        i64.extend_i32_s
        f64.convert_i64_s
        f64.nearest
        local.tee 3
        f64.const nan (;=NaN;)
        local.get 3
        local.get 3
        f64.eq
        select
        f64.floor
        local.tee 4
        f64.const nan (;=NaN;)
        local.get 4
        local.get 4
        f64.eq
        select
        i64.trunc_f64_s
        i32.const -4097
        call 0
        i32.trunc_sat_f64_u
        f64.convert_i32_u
        f64.abs
        ref.null extern
        call 1
        local.set 0
        ref.null func
        block (result f32) ;; label = @3
          loop (result externref) ;; label = @4
            global.get 6
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 6
            i32.const 1
            i32.sub
            global.set 6
            f64.const -nan:0xfffffe0000000 (;=NaN;)
            table.size 0
            block (result f64) ;; label = @5
              call 0
              i64.trunc_f64_s
              local.get 0
              global.get 1
              memory.size
              br 1 (;@4;)
              f32.load
              call 4
              local.get 0
              f64.sqrt
              local.tee 5
              f64.const nan (;=NaN;)
              local.get 5
              local.get 5
              f64.eq
              select
              f64.trunc
              local.tee 6
              f64.const nan (;=NaN;)
              local.get 6
              local.get 6
              f64.eq
              select
              f64.sqrt
              local.tee 7
              f64.const nan (;=NaN;)
              local.get 7
              local.get 7
              f64.eq
              select
              f64.abs
              f64.div
              local.tee 8
              f64.const nan (;=NaN;)
              local.get 8
              local.get 8
              f64.eq
              select
              f64.gt
              memory.size
              i64.load16_s align=1
              i32.wrap_i64
              i32.add
              f64.convert_i32_s
              f64.floor
              local.tee 9
              f64.const nan (;=NaN;)
              local.get 9
              local.get 9
              f64.eq
              select
              f64.const 0x1.fffffffffffffp-1008 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007291122019556397;)
              i32.trunc_sat_f64_u
              call_indirect (type 0)
              f64.lt
              local.get 0
              f64.neg
              i32.trunc_f64_s
              i32.sub
              i32.extend16_s
              if ;; label = @6
              else
                loop (type 0) (result f64 f64) ;; label = @7
                  global.get 6
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 6
                  i32.const 1
                  i32.sub
                  global.set 6
                  f64.const -0x1p-52 (;=-0.0000000000000002220446049250313;)
                  i32.trunc_f64_s
                  i32.load8_u
                  i32.load align=1
                  i64.load8_s
                  br 5 (;@2;)
                  memory.size
                  table.get 0
                  global.get 1
                  local.tee 0
                  f64.trunc
                  local.tee 10
                  f64.const nan (;=NaN;)
                  local.get 10
                  local.get 10
                  f64.eq
                  select
                  f64.ceil
                  local.tee 11
                  f64.const nan (;=NaN;)
                  local.get 11
                  local.get 11
                  f64.eq
                  select
                  f64.sqrt
                  local.tee 12
                  f64.const nan (;=NaN;)
                  local.get 12
                  local.get 12
                  f64.eq
                  select
                  i32.trunc_f64_s
                  i64.load align=4
                  i64.extend8_s
                  i32.const 322508182
                  local.get 1
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
                    block ;; label = @9
                    end
                    block (type 0) (result f64 f64) ;; label = @9
                      loop ;; label = @10
                        global.get 6
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 6
                        i32.const 1
                        i32.sub
                        global.set 6
                        memory.size
                        i32.extend16_s
                        i64.load8_u
                        f64.const -nan:0xdffffffffffff (;=NaN;)
                        f64.const 0x1.019292255a43cp-459 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006759142301915985;)
                        i64.trunc_sat_f64_u
                        f32.convert_i64_s
                        i32.const 3
                        call 0
                        memory.size
                        i32.popcnt
                        br_if 8 (;@2;)
                        br 5 (;@5;)
                        i32.const -1652789917
                        if (type 0) (result f64 f64) ;; label = @11
                          memory.size
                          i32.load
                          i64.load16_s
                          i64.extend8_s
                          f64.convert_i64_s
                          local.get 0
                          local.set 0
                          local.tee 0
                          i32.trunc_f64_u
                          global.get 4
                          i32.xor
                          global.set 4
                          f64.const 0x1p-1021 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004450147717014403;)
                          f64.const 0x1.ffffffff8p-1041 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000084879831634;)
                        else
                          f64.const 0x1.fdd619e4650e9p+242 (;=14075044183466443000000000000000000000000000000000000000000000000000000000;)
                          f64.const -0x1.473138819404ap+515 (;=-137091596617176460000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                        end
                        i64.reinterpret_f64
                        global.get 2
                        i64.xor
                        global.set 2
                        i64.reinterpret_f64
                        global.get 2
                        i64.xor
                        global.set 2
                        i64.reinterpret_f64
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 4
                        i32.xor
                        global.set 4
                        i32.reinterpret_f32
                        global.get 5
                        i32.xor
                        global.set 5
                        i64.reinterpret_f64
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 3
                        i64.xor
                        global.set 3
                      end
                      f64.const -nan:0xfffffff800000 (;=NaN;)
                      f64.const -0x1.e6fefd5694cb1p+510 (;=-6376513225648916600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                    end
                    i64.reinterpret_f64
                    global.get 2
                    i64.xor
                    global.set 2
                    i64.reinterpret_f64
                    global.get 2
                    i64.xor
                    global.set 2
                  end
                  global.get 4
                  i32.xor
                  global.set 4
                  global.get 4
                  i32.xor
                  global.set 4
                  global.get 3
                  i64.xor
                  global.set 3
                  drop
                  global.get 3
                  i64.xor
                  global.set 3
                  f64.const -inf (;=-inf;)
                  f64.const 0x1.52459ba113752p-797 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000015853290612605867;)
                end
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
                i64.reinterpret_f64
                global.get 2
                i64.xor
                global.set 2
              end
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
              i32.reinterpret_f32
              global.get 5
              i32.xor
              global.set 5
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
              global.get 3
              i64.xor
              global.set 3
            end
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            global.get 4
            i32.xor
            global.set 4
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            ref.null extern
          end
          drop
          f32.const -0x1p+1 (;=-2;)
        end
        i32.reinterpret_f32
        global.get 5
        i32.xor
        global.set 5
        drop
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        drop
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        global.get 4
        i32.xor
        global.set 4
        global.get 3
        i64.xor
        global.set 3
      end
      global.get 4
      i32.xor
      global.set 4
      global.get 3
      i64.xor
      global.set 3
      global.get 4
      i32.xor
      global.set 4
      global.get 3
      i64.xor
      global.set 3
      i32.const -1970893851
    end
    global.get 4
    i32.xor
    global.set 4
    global.get 3
    i64.xor
    global.set 3
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
    global.get 3
    i64.xor
    global.set 3
    f64.const -0x1.9b3fdba119848p+708 (;=-2163227970278860200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
    f64.const -0x1.33f50fb48c5c3p+593 (;=-38997604068666570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
  )
)
