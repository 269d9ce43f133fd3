(module
  (type (;0;) (func))
  (type (;1;) (func (param i32 f32)))
  (table (;0;) 1 368 externref)
  (table (;1;) 576 647 externref)
  (table (;2;) 236 701 externref)
  (global (;0;) (mut f32) f32.const -0x1.79fb36p+30 (;=-1585368400;))
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i64) i64.const 0)
  (global (;5;) (mut i32) i32.const 500)
  (export "\u{9f}" (func 0))
  (export "" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (table 0))
  (export "5" (table 1))
  (export "6" (table 2))
  (export "7" (global 0))
  (export "0" (global 1))
  (export "f" (global 2))
  (export "\u{7}" (global 3))
  (export "11" (global 4))
  (func (;0;) (type 1) (param i32 f32)
    (local f32 f64 f64 f32 f64 f32 f32 f32 f32)
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
    local.get 1
    local.set 1
    table.size 1
    local.tee 0
    table.get 0
    table.size 0
    f64.const 0x1.e23002b53b082p-464 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003954194535154487;)
    i64.const 3549931240610917713
    i64.const 6434982322969828828
    f32.convert_i64_u
    f32.const -0x1.fffffep+112 (;=-10384593000000000000000000000000000;)
    f32.le
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
      f32.const 0x1.62cf46p-78 (;=0.0000000000000000000000045858074;)
      return
      i32.reinterpret_f32
      i32.const -894753624
      i32.eq
      br 1
      block ;; label = @2
        ref.null func
        global.get 0
        f64.promote_f32
        ref.null func
        br 1 (;@1;)
        f32.const -0x1.5ef728p+93 (;=-13577318000000000000000000000;)
        block (type 0) ;; label = @3
          global.get 0
          local.get 0
          f32.convert_i32_s
          f32.ceil
          local.tee 2
          f32.const nan (;=NaN;)
          local.get 2
          local.get 2
          f32.eq
          select
          i64.trunc_f32_s
          i64.clz
          i64.popcnt
          f64.convert_i64_u
          f64.ceil
          local.tee 3
          f64.const nan (;=NaN;)
          local.get 3
          local.get 3
          f64.eq
          select
          loop (type 0) ;; label = @4
            global.get 5
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 5
            i32.const 1
            i32.sub
            global.set 5
            i64.const 4188577462280480244
            i64.extend16_s
            f32.convert_i64_s
            br 1 (;@3;)
            i64.const 236
            i64.extend32_s
            f64.reinterpret_i64
            f64.sqrt
            local.tee 4
            f64.const nan (;=NaN;)
            local.get 4
            local.get 4
            f64.eq
            select
            i32.trunc_sat_f64_s
            i32.eqz
            f32.convert_i32_s
            block ;; label = @5
              i64.const 4194303
              br 1 (;@4;)
              i64.popcnt
              i64.const 72057594037927935
              block (type 0) ;; label = @6
                f64.const -0x1.deb3b38b70172p-722 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008475559352464346;)
                f64.neg
                i32.const -16777216
                f32.convert_i32_s
                local.set 1
                f64.abs
                i32.trunc_sat_f64_s
                i64.extend_i32_u
                i64.ctz
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
                  i32.const -131073
                  i64.extend_i32_s
                  i64.clz
                  i64.eqz
                  i64.extend_i32_u
                  i32.const 134217728
                  f32.reinterpret_i32
                  nop
                  br 3 (;@4;)
                  br 5 (;@2;)
                  f32.const -nan:0x7fffbf (;=NaN;)
                  f64.const -0x1.fffffffffffffp+1023 (;=-179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                  f32.demote_f64
                  f32.nearest
                  local.tee 5
                  f32.const nan (;=NaN;)
                  local.get 5
                  local.get 5
                  f32.eq
                  select
                  i64.trunc_sat_f32_s
                  nop
                  f64.convert_i64_u
                  f64.floor
                  local.tee 6
                  f64.const nan (;=NaN;)
                  local.get 6
                  local.get 6
                  f64.eq
                  select
                  f64.const -nan:0xfffffefffffff (;=NaN;)
                  i64.reinterpret_f64
                  i64.popcnt
                  i64.ctz
                  i64.clz
                  f32.convert_i64_u
                  br 5 (;@2;)
                  f32.ceil
                  local.tee 7
                  f32.const nan (;=NaN;)
                  local.get 7
                  local.get 7
                  f32.eq
                  select
                  f32.sqrt
                  local.tee 8
                  f32.const nan (;=NaN;)
                  local.get 8
                  local.get 8
                  f32.eq
                  select
                  table.size 2
                  block (type 0) ;; label = @8
                    loop ;; label = @9
                      global.get 5
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 5
                      i32.const 1
                      i32.sub
                      global.set 5
                    end
                    ref.null func
                    i64.const 8411723055449380483
                    ref.null extern
                    i64.const -553528623068255644
                    i64.eqz
                    f32.convert_i32_u
                    f32.nearest
                    local.tee 9
                    f32.const nan (;=NaN;)
                    local.get 9
                    local.get 9
                    f32.eq
                    select
                    local.set 1
                    block (result f32) ;; label = @9
                      global.get 0
                      br 8 (;@1;)
                      block ;; label = @10
                        br 5 (;@5;)
                        ref.null extern
                        ref.null func
                        loop ;; label = @11
                          global.get 5
                          i32.eqz
                          if ;; label = @12
                            unreachable
                          end
                          global.get 5
                          i32.const 1
                          i32.sub
                          global.set 5
                          table.size 2
                          global.get 0
                          f32.abs
                          f32.ceil
                          local.tee 10
                          f32.const nan (;=NaN;)
                          local.get 10
                          local.get 10
                          f32.eq
                          select
                          local.set 1
                          global.get 0
                          f32.const -0x1.ba7a9p+12 (;=-7079.66;)
                          i32.reinterpret_f32
                          i32.clz
                          f32.const 0x1.6739d8p-90 (;=0.0000000000000000000000000011335172;)
                          i32.reinterpret_f32
                          global.get 1
                          i32.xor
                          global.set 1
                          global.get 2
                          i32.xor
                          global.set 2
                          i32.reinterpret_f32
                          global.get 1
                          i32.xor
                          global.set 1
                          global.get 2
                          i32.xor
                          global.set 2
                        end
                        drop
                        drop
                      end
                    end
                    i32.reinterpret_f32
                    global.get 1
                    i32.xor
                    global.set 1
                    drop
                    global.get 3
                    i64.xor
                    global.set 3
                    drop
                  end
                  global.get 2
                  i32.xor
                  global.set 2
                  i32.reinterpret_f32
                  global.get 1
                  i32.xor
                  global.set 1
                  i64.reinterpret_f64
                  global.get 4
                  i64.xor
                  global.set 4
                  i32.reinterpret_f32
                  global.get 1
                  i32.xor
                  global.set 1
                  i32.reinterpret_f32
                  global.get 1
                  i32.xor
                  global.set 1
                  global.get 3
                  i64.xor
                  global.set 3
                end
                global.get 3
                i64.xor
                global.set 3
              end
              global.get 3
              i64.xor
              global.set 3
              global.get 3
              i64.xor
              global.set 3
            end
            i32.reinterpret_f32
            global.get 1
            i32.xor
            global.set 1
            i32.reinterpret_f32
            global.get 1
            i32.xor
            global.set 1
          end
          i64.reinterpret_f64
          global.get 4
          i64.xor
          global.set 4
          i32.reinterpret_f32
          global.get 1
          i32.xor
          global.set 1
        end
        i32.reinterpret_f32
        global.get 1
        i32.xor
        global.set 1
        drop
        i64.reinterpret_f64
        global.get 4
        i64.xor
        global.set 4
        drop
      end
      global.get 2
      i32.xor
      global.set 2
    end
    global.get 2
    i32.xor
    global.set 2
    global.get 3
    i64.xor
    global.set 3
    i64.reinterpret_f64
    global.get 4
    i64.xor
    global.set 4
    global.get 2
    i32.xor
    global.set 2
    drop
  )
  (func (;1;) (type 1) (param i32 f32)
    (local f32 f32 f32 f64 f64 f64 f64 f32 f64)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    f32.const 0x1.fffffep-64 (;=0.00000000000000000010842021;)
    i32.trunc_sat_f32_u
    table.size 1
    f32.convert_i32_s
    f32.sqrt
    local.tee 2
    f32.const nan (;=NaN;)
    local.get 2
    local.get 2
    f32.eq
    select
    i32.trunc_f32_s
    i32.sub
    local.get 1
    table.size 1
    i64.const 65535
    f32.convert_i64_u
    table.size 1
    if (type 1) (param i32 f32) ;; label = @1
      f32.nearest
      local.tee 3
      f32.const nan (;=NaN;)
      local.get 3
      local.get 3
      f32.eq
      select
      call 3
    else
      i32.trunc_sat_f32_s
      block ;; label = @2
        block ;; label = @3
          global.get 0
          f32.const -0x1.8bf628p-14 (;=-0.00009440459;)
          i64.trunc_sat_f32_s
          i64.eqz
          f64.convert_i32_u
          i64.trunc_sat_f64_s
          f32.convert_i64_u
          f32.min
          local.tee 4
          f32.const nan (;=NaN;)
          local.get 4
          local.get 4
          f32.eq
          select
          local.get 0
          br 2 (;@1;)
          i32.const -1938922633
          i32.rotl
          i64.extend_i32_s
          i64.ctz
          f32.convert_i64_s
          f32.gt
          local.set 0
          ref.null extern
          block (result i64) ;; label = @4
            br 1 (;@3;)
            f64.const -nan:0xffffffffffc00 (;=NaN;)
            f64.trunc
            local.tee 5
            f64.const nan (;=NaN;)
            local.get 5
            local.get 5
            f64.eq
            select
            f64.nearest
            local.tee 6
            f64.const nan (;=NaN;)
            local.get 6
            local.get 6
            f64.eq
            select
            local.get 0
            f64.convert_i32_u
            table.size 0
            i32.clz
            loop (type 0) ;; label = @5
              global.get 5
              i32.eqz
              if ;; label = @6
                unreachable
              end
              global.get 5
              i32.const 1
              i32.sub
              global.set 5
              f64.const -0x1.6a67a2687bc07p-21 (;=-0.0000006750315835727833;)
              local.get 0
              f64.convert_i32_s
              i32.trunc_f64_s
              local.tee 0
              i64.const -6379400994533279905
              ref.null func
              ref.null func
              i64.const 34359738367
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
                loop (type 0) ;; label = @7
                  global.get 5
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 5
                  i32.const 1
                  i32.sub
                  global.set 5
                  loop (type 0) ;; label = @8
                    global.get 5
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 5
                    i32.const 1
                    i32.sub
                    global.set 5
                    global.get 0
                    i32.const 63
                    local.set 0
                    f64.promote_f32
                    i64.const 7612330229916601172
                    block ;; label = @9
                      loop ;; label = @10
                        global.get 5
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 5
                        i32.const 1
                        i32.sub
                        global.set 5
                        br 1 (;@9;)
                        i32.const -2106609810
                        local.get 1
                        i64.const 2
                        f64.convert_i64_s
                        local.get 1
                        i32.trunc_f32_s
                        i32.eqz
                        ref.null extern
                        ref.is_null
                        local.set 0
                        i32.const -909159091
                        i32.gt_u
                        f64.const -0x1.fffffffffffffp+1023 (;=-179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                        f64.const 0x1.4e2afbcb1f72ap-999 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002436458967189182;)
                        f64.sub
                        local.tee 7
                        f64.const nan (;=NaN;)
                        local.get 7
                        local.get 7
                        f64.eq
                        select
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
                          ref.null func
                          ref.null extern
                          ref.null func
                          block ;; label = @12
                            f64.const 0x1.fffffffffffffp+0 (;=1.9999999999999998;)
                            f64.floor
                            local.tee 8
                            f64.const nan (;=NaN;)
                            local.get 8
                            local.get 8
                            f64.eq
                            select
                            f32.demote_f64
                            f32.ceil
                            local.tee 9
                            f32.const nan (;=NaN;)
                            local.get 9
                            local.get 9
                            f32.eq
                            select
                            i64.trunc_sat_f32_s
                            loop (type 0) ;; label = @13
                              global.get 5
                              i32.eqz
                              if ;; label = @14
                                unreachable
                              end
                              global.get 5
                              i32.const 1
                              i32.sub
                              global.set 5
                              f32.const 0x1.ffff8p-132 (;=0.00000000000000000000000000000000000000036734;)
                              i64.trunc_sat_f32_u
                              i32.wrap_i64
                              if ;; label = @14
                                global.get 0
                                i64.const -239966759187604152
                                br 14
                                i64.const -4463249774618185091
                                i64.mul
                                f64.reinterpret_i64
                                i64.trunc_sat_f64_u
                                f64.convert_i64_s
                                i32.trunc_sat_f64_s
                                i32.clz
                                block ;; label = @15
                                  global.get 0
                                  loop ;; label = @16
                                    global.get 5
                                    i32.eqz
                                    if ;; label = @17
                                      unreachable
                                    end
                                    global.get 5
                                    i32.const 1
                                    i32.sub
                                    global.set 5
                                    f64.const 0x1.ae5092b0b8812p+994 (;=281424527530102870000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                    f64.sqrt
                                    local.tee 10
                                    f64.const nan (;=NaN;)
                                    local.get 10
                                    local.get 10
                                    f64.eq
                                    select
                                    i32.const -1048576
                                    i32.extend16_s
                                    f32.reinterpret_i32
                                    i64.const 131072
                                    f32.convert_i64_s
                                    ref.null extern
                                    i32.const 1488451614
                                    local.tee 0
                                    ref.null func
                                    ref.null extern
                                    loop ;; label = @17
                                      global.get 5
                                      i32.eqz
                                      if ;; label = @18
                                        unreachable
                                      end
                                      global.get 5
                                      i32.const 1
                                      i32.sub
                                      global.set 5
                                      i32.const -859177334
                                      ref.null extern
                                      f32.const 0x1p-63 (;=0.00000000000000000010842022;)
                                      i32.const 4194303
                                      f32.convert_i32_s
                                      local.set 1
                                      block ;; label = @18
                                        block ;; label = @19
                                          block (result f64) ;; label = @20
                                            f32.const -0x1.592846p+125 (;=-57349096000000000000000000000000000000;)
                                            nop
                                            global.get 0
                                            f32.gt
                                            i32.clz
                                            f32.convert_i32_s
                                            f64.promote_f32
                                            i64.trunc_f64_s
                                            block (type 0) ;; label = @21
                                              loop (result i32) ;; label = @22
                                                global.get 5
                                                i32.eqz
                                                if ;; label = @23
                                                  unreachable
                                                end
                                                global.get 5
                                                i32.const 1
                                                i32.sub
                                                global.set 5
                                                block (result funcref) ;; label = @23
                                                  ref.null func
                                                end
                                                block (type 0) ;; label = @23
                                                end
                                                drop
                                                i32.const -605796913
                                              end
                                              global.get 2
                                              i32.xor
                                              global.set 2
                                            end
                                            global.get 3
                                            i64.xor
                                            global.set 3
                                            f64.const 0x1.bb9671da22f66p-153 (;=0.00000000000000000000000000000000000000000000015175750180999727;)
                                          end
                                          i64.reinterpret_f64
                                          global.get 4
                                          i64.xor
                                          global.set 4
                                        end
                                      end
                                      i32.reinterpret_f32
                                      global.get 1
                                      i32.xor
                                      global.set 1
                                      drop
                                      global.get 2
                                      i32.xor
                                      global.set 2
                                    end
                                    drop
                                    drop
                                    global.get 2
                                    i32.xor
                                    global.set 2
                                    drop
                                    i32.reinterpret_f32
                                    global.get 1
                                    i32.xor
                                    global.set 1
                                    i32.reinterpret_f32
                                    global.get 1
                                    i32.xor
                                    global.set 1
                                    i64.reinterpret_f64
                                    global.get 4
                                    i64.xor
                                    global.set 4
                                  end
                                  i32.reinterpret_f32
                                  global.get 1
                                  i32.xor
                                  global.set 1
                                end
                                global.get 2
                                i32.xor
                                global.set 2
                                i32.reinterpret_f32
                                global.get 1
                                i32.xor
                                global.set 1
                              end
                            end
                            global.get 3
                            i64.xor
                            global.set 3
                          end
                          drop
                          drop
                        end
                        drop
                        i64.reinterpret_f64
                        global.get 4
                        i64.xor
                        global.set 4
                        global.get 2
                        i32.xor
                        global.set 2
                        i64.reinterpret_f64
                        global.get 4
                        i64.xor
                        global.set 4
                        i32.reinterpret_f32
                        global.get 1
                        i32.xor
                        global.set 1
                        global.get 2
                        i32.xor
                        global.set 2
                      end
                    end
                    global.get 3
                    i64.xor
                    global.set 3
                    i64.reinterpret_f64
                    global.get 4
                    i64.xor
                    global.set 4
                  end
                end
              end
              global.get 3
              i64.xor
              global.set 3
              drop
              drop
              global.get 3
              i64.xor
              global.set 3
              global.get 2
              i32.xor
              global.set 2
              i64.reinterpret_f64
              global.get 4
              i64.xor
              global.set 4
            end
            global.get 2
            i32.xor
            global.set 2
            i64.reinterpret_f64
            global.get 4
            i64.xor
            global.set 4
            i64.reinterpret_f64
            global.get 4
            i64.xor
            global.set 4
            i64.const 3993601454983064863
          end
          global.get 3
          i64.xor
          global.set 3
          drop
        end
      end
      global.get 2
      i32.xor
      global.set 2
      global.get 2
      i32.xor
      global.set 2
    end
    i32.reinterpret_f32
    global.get 1
    i32.xor
    global.set 1
    global.get 2
    i32.xor
    global.set 2
  )
  (func (;2;) (type 1) (param i32 f32)
    (local f32)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    f64.const -0x1.3735a2b485b2cp+776 (;=-483158400878323600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
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
      ref.null extern
      local.get 0
      f32.convert_i32_u
      local.set 1
      global.get 0
      i32.trunc_sat_f32_u
      local.get 1
      f32.sqrt
      local.tee 2
      f32.const nan (;=NaN;)
      local.get 2
      local.get 2
      f32.eq
      select
      ref.null func
      global.get 0
      i64.trunc_f32_s
      i32.const 4
      global.get 0
      f64.promote_f32
      table.size 1
      block (type 0) ;; label = @2
        f64.const 0x1.f40cf970aad3dp-838 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010657066884973429;)
        loop (result funcref) ;; label = @3
          global.get 5
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 5
          i32.const 1
          i32.sub
          global.set 5
          local.get 1
          ref.null extern
          drop
          i32.reinterpret_f32
          global.get 1
          i32.xor
          global.set 1
          ref.null func
        end
        drop
        i64.reinterpret_f64
        global.get 4
        i64.xor
        global.set 4
      end
      global.get 2
      i32.xor
      global.set 2
      i64.reinterpret_f64
      global.get 4
      i64.xor
      global.set 4
      global.get 2
      i32.xor
      global.set 2
      global.get 3
      i64.xor
      global.set 3
      drop
      i32.reinterpret_f32
      global.get 1
      i32.xor
      global.set 1
      global.get 2
      i32.xor
      global.set 2
      drop
    end
    i64.reinterpret_f64
    global.get 4
    i64.xor
    global.set 4
  )
  (func (;3;) (type 1) (param i32 f32)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    i64.const 1277493866156045513
    f64.reinterpret_i64
    f64.neg
    f32.const 0x1p-123 (;=0.00000000000000000000000000000000000009403955;)
    f64.promote_f32
    br 0
    f64.gt
    loop (result i64) ;; label = @1
      global.get 5
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 5
      i32.const 1
      i32.sub
      global.set 5
      loop (result f32) ;; label = @2
        global.get 5
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 5
        i32.const 1
        i32.sub
        global.set 5
        ref.null extern
        local.get 0
        i64.extend_i32_s
        f64.convert_i64_u
        i32.trunc_sat_f64_s
        nop
        global.get 0
        call 3
        f64.const 0x1.p-1044 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005304989477;)
        local.get 0
        block (result f64) ;; label = @3
          f64.const -nan:0xfffff7fffffff (;=NaN;)
          br 2 (;@1;)
          br 2 (;@1;)
          i64.trunc_sat_f64_u
          f64.convert_i64_u
        end
        i64.reinterpret_f64
        global.get 4
        i64.xor
        global.set 4
        global.get 2
        i32.xor
        global.set 2
        i64.reinterpret_f64
        global.get 4
        i64.xor
        global.set 4
        drop
        f32.const -nan:0x7fffe0 (;=NaN;)
      end
      i32.reinterpret_f32
      global.get 1
      i32.xor
      global.set 1
      i64.const 8147271061139001284
    end
    global.get 3
    i64.xor
    global.set 3
    global.get 2
    i32.xor
    global.set 2
  )
)
