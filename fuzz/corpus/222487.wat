(module
  (type (;0;) (func (param i32)))
  (type (;1;) (func (result f32)))
  (type (;2;) (func (param i32) (result funcref f32)))
  (table (;0;) 0 375 funcref)
  (memory (;0;) 2 10)
  (global (;0;) (mut i64) i64.const 888053754575757781)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (global (;4;) (mut i64) i64.const 0)
  (global (;5;) (mut i32) i32.const 500)
  (export "J" (func 0))
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
  (export "11" (global 4))
  (func (;0;) (type 2) (param i32) (result funcref f32)
    (local f64 f32 f64 f64 f64 f64 f64 f64 f64 f64)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    memory.size
    i32.extend16_s
    f32.convert_i32_u
    data.drop 0
    f64.const -0x1.b69813d5a04a5p-768 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000011035349775702441;)
    f32.demote_f64
    i32.trunc_sat_f32_s
    i64.extend_i32_u
    global.get 0
    i64.div_u
    unreachable
    block ;; label = @1
      block (result i64) ;; label = @2
        i64.const 68719476735
        local.get 0
        global.get 0
        global.set 0
        i64.load offset=28892 align=1
        i64.eqz
        f64.convert_i32_s
        loop (type 1) (result f32) ;; label = @3
          global.get 5
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 5
          i32.const 1
          i32.sub
          global.set 5
          loop (result i32) ;; label = @4
            global.get 5
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 5
            i32.const 1
            i32.sub
            global.set 5
            data.drop 0
            f32.const -0x1.8bf602p-16 (;=-0.000023601113;)
            i32.trunc_f32_s
            i32.extend16_s
            call 3
            block (result f32) ;; label = @5
              data.drop 0
              i32.const 655352
              i64.load16_s offset=3706
              loop ;; label = @6
                global.get 5
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 5
                i32.const 1
                i32.sub
                global.set 5
                i32.const 277720491
                i64.load32_s offset=32716
                br 0 (;@6;)
                f64.reinterpret_i64
                f64.trunc
                local.tee 1
                f64.const nan (;=NaN;)
                local.get 1
                local.get 1
                f64.eq
                select
                memory.size
                i64.const 89818873915132657
                i64.store8 offset=10051
                global.get 0
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
                  block ;; label = @8
                    ref.null func
                    loop (type 1) (result f32) ;; label = @9
                      global.get 5
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 5
                      i32.const 1
                      i32.sub
                      global.set 5
                      f64.const 0x1.6aef23a22c8d7p-930 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000015620390505249845;)
                      i32.trunc_f64_u
                      global.get 0
                      f64.convert_i64_u
                      local.get 0
                      local.set 0
                      f64.abs
                      global.get 0
                      f64.convert_i64_s
                      i32.trunc_f64_u
                      f64.load offset=25441 align=4
                      f64.copysign
                      f32.demote_f64
                      i32.trunc_sat_f32_u
                      i64.load32_u offset=99089 align=1
                      global.set 0
                      i64.load offset=122242 align=1
                      br 6 (;@3;)
                      i64.eqz
                      i64.load8_u offset=129662
                      loop (type 1) (result f32) ;; label = @10
                        global.get 5
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 5
                        i32.const 1
                        i32.sub
                        global.set 5
                        br 2 (;@8;)
                        i32.const -2147483648
                        i32.load offset=62717
                        call_indirect (type 1)
                        f32.sqrt
                        local.tee 2
                        f32.const nan (;=NaN;)
                        local.get 2
                        local.get 2
                        f32.eq
                        select
                        i64.trunc_sat_f32_s
                        i32.wrap_i64
                        i64.load32_u offset=67139 align=2
                        table.size 0
                        local.tee 0
                        local.tee 0
                        i64.load offset=48435 align=1
                        f64.convert_i64_u
                        local.get 0
                        i64.extend_i32_s
                        f32.convert_i64_u
                        br 5 (;@5;)
                        f64.trunc
                        local.tee 3
                        f64.const nan (;=NaN;)
                        local.get 3
                        local.get 3
                        f64.eq
                        select
                        f32.demote_f64
                        global.get 0
                        local.get 0
                        i32.load offset=92083 align=2
                        i64.load16_u offset=70673 align=1
                        i64.rem_s
                        i64.popcnt
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
                          ref.null func
                          loop (type 1) (result f32) ;; label = @12
                            global.get 5
                            i32.eqz
                            if ;; label = @13
                              unreachable
                            end
                            global.get 5
                            i32.const 1
                            i32.sub
                            global.set 5
                            loop (type 1) (result f32) ;; label = @13
                              global.get 5
                              i32.eqz
                              if ;; label = @14
                                unreachable
                              end
                              global.get 5
                              i32.const 1
                              i32.sub
                              global.set 5
                              f64.const 0x1.fffff8p-1053 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002072261;)
                              f64.ceil
                              local.tee 4
                              f64.const nan (;=NaN;)
                              local.get 4
                              local.get 4
                              f64.eq
                              select
                              br 5 (;@8;)
                              f64.floor
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
                              f64.abs
                              f64.floor
                              local.tee 7
                              f64.const nan (;=NaN;)
                              local.get 7
                              local.get 7
                              f64.eq
                              select
                              data.drop 0
                              f64.nearest
                              local.tee 8
                              f64.const nan (;=NaN;)
                              local.get 8
                              local.get 8
                              f64.eq
                              select
                              f64.abs
                              br 12 (;@1;)
                              f64.sqrt
                              local.tee 9
                              f64.const nan (;=NaN;)
                              local.get 9
                              local.get 9
                              f64.eq
                              select
                              i64.trunc_f64_s
                              memory.size
                              i32.extend16_s
                              i32.load8_s offset=80424
                              i32.extend8_s
                              f64.const 0x1.ac009a5c4a8d2p+627 (;=931136765721961400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                              f64.trunc
                              local.tee 10
                              f64.const nan (;=NaN;)
                              local.get 10
                              local.get 10
                              f64.eq
                              select
                              f64.neg
                              i32.trunc_sat_f64_u
                              i32.extend16_s
                              f64.convert_i32_u
                              i64.trunc_sat_f64_u
                              f32.convert_i64_s
                              ref.null extern
                              table.size 0
                              i32.load offset=1726150732
                              memory.grow
                              table.get 0
                              ref.is_null
                              f32.convert_i32_s
                              i64.const 2298963108326965133
                              i64.popcnt
                              nop
                              i64.extend16_s
                              data.drop 0
                              global.set 0
                              memory.size
                              i32.ctz
                              f64.convert_i32_u
                              i32.trunc_f64_s
                              i64.load32_u offset=51415 align=2
                              table.size 0
                              i32.load offset=9657 align=2
                              global.get 1
                              i32.xor
                              global.set 1
                              global.get 2
                              i64.xor
                              global.set 2
                              i32.reinterpret_f32
                              global.get 3
                              i32.xor
                              global.set 3
                              drop
                              i32.reinterpret_f32
                              global.get 3
                              i32.xor
                              global.set 3
                              global.get 1
                              i32.xor
                              global.set 1
                              global.get 2
                              i64.xor
                              global.set 2
                              f32.const -0x1.84cd8ep-70 (;=-0.000000000000000000001286441;)
                            end
                          end
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                          drop
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                        i32.reinterpret_f32
                        global.get 3
                        i32.xor
                        global.set 3
                        drop
                        f32.const 0x1.ffffp-133 (;=0.00000000000000000000000000000000000000018367;)
                      end
                      i32.reinterpret_f32
                      global.get 3
                      i32.xor
                      global.set 3
                      global.get 2
                      i64.xor
                      global.set 2
                      f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
                    end
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    drop
                  end
                end
                global.get 2
                i64.xor
                global.set 2
                i64.reinterpret_f64
                global.get 4
                i64.xor
                global.set 4
              end
              global.get 2
              i64.xor
              global.set 2
              f32.const 0x1.a8b3fep+40 (;=1824085900000;)
            end
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
            drop
            i32.const 131073
          end
          global.get 1
          i32.xor
          global.set 1
          f32.const -nan:0x6fffff (;=NaN;)
        end
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        i64.reinterpret_f64
        global.get 4
        i64.xor
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
    global.get 3
    i32.xor
    global.set 3
    ref.null func
    f32.const -0x1.99a5e4p+37 (;=-219928100000;)
  )
  (func (;1;) (type 0) (param i32)
    (local f64 f64 f32 f32 f64 f32)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    data.drop 0
    f64.const -nan:0xffffffffffeff (;=NaN;)
    f64.sqrt
    local.tee 1
    f64.const nan (;=NaN;)
    local.get 1
    local.get 1
    f64.eq
    select
    i64.trunc_sat_f64_s
    global.get 0
    i64.div_u
    data.drop 0
    i64.extend8_s
    f32.convert_i64_u
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
      i32.const -2
      ref.null extern
      i32.const 131072
      i64.extend_i32_u
      nop
      f32.const 0x1.292bf2p+98 (;=367880700000000000000000000000;)
      i32.reinterpret_f32
      i64.extend_i32_u
      i64.gt_s
      nop
      i64.load8_s offset=87765
      f32.convert_i64_u
      i32.trunc_sat_f32_u
      i32.extend8_s
      nop
      i64.extend_i32_u
      f64.const 0x1.be84d77d606dfp-275 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000002873102275042744;)
      local.get 0
      i64.extend_i32_s
      global.get 0
      f32.const -0x1.2db1aap+18 (;=-308934.66;)
      i32.trunc_f32_u
      block (type 1) (result f32) ;; label = @2
        i64.const -4149910027174544573
        f64.convert_i64_s
        f64.nearest
        local.tee 2
        f64.const nan (;=NaN;)
        local.get 2
        local.get 2
        f64.eq
        select
        br 1 (;@1;)
        global.get 0
        i32.wrap_i64
        if (result i32) ;; label = @3
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
            block (result i32) ;; label = @5
              local.get 0
              i64.load8_s offset=74645
              br 5
              i64.extend32_s
              br 1 (;@4;)
              i64.clz
              f32.convert_i64_u
              f32.nearest
              local.tee 3
              f32.const nan (;=NaN;)
              local.get 3
              local.get 3
              f32.eq
              select
              global.get 0
              global.get 0
              i64.lt_s
              i64.load8_u offset=115997
              loop (result funcref) ;; label = @6
                global.get 5
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 5
                i32.const 1
                i32.sub
                global.set 5
                local.get 0
                br_if 5 (;@1;)
                f32.const -nan:0x5fffff (;=NaN;)
                i32.trunc_sat_f32_u
                i32.clz
                ref.null extern
                ref.is_null
                table.get 0
                block (result i64) ;; label = @7
                  local.get 0
                  i32.ctz
                  call 4
                  i32.trunc_f32_u
                  call_indirect (type 1)
                  f32.trunc
                  local.tee 4
                  f32.const nan (;=NaN;)
                  local.get 4
                  local.get 4
                  f32.eq
                  select
                  block (result i32) ;; label = @8
                    f32.const 0x1.719b88p+34 (;=24803942000;)
                    table.size 0
                    table.size 0
                    f64.convert_i32_u
                    f32.demote_f64
                    i64.const 5522963440780515483
                    global.get 0
                    i64.lt_u
                    local.get 0
                    i64.load8_s offset=8171
                    loop (result funcref) ;; label = @9
                      global.get 5
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 5
                      i32.const 1
                      i32.sub
                      global.set 5
                      i64.const -7781746117345786966
                      loop (result f32) ;; label = @10
                        global.get 5
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 5
                        i32.const 1
                        i32.sub
                        global.set 5
                        f64.const 0x1.7e7999f165b8ap-505 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001426314455098132;)
                        i64.trunc_f64_u
                        memory.size
                        call 2
                        f32.convert_i64_s
                        i32.trunc_f32_u
                        call 1
                        table.size 0
                        i64.load8_s offset=9016
                        data.drop 0
                        i64.extend32_s
                        data.drop 0
                        i32.const 977973145
                        f64.convert_i32_s
                        i64.trunc_f64_u
                        memory.size
                        global.get 0
                        table.size 0
                        f32.reinterpret_i32
                        i64.trunc_sat_f32_s
                        f64.const -0x1.91b34a3ce3aa9p+1016 (;=-1101888983484923300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                        block (result i32) ;; label = @11
                          ref.null func
                          br 10 (;@1;)
                          global.get 0
                          i64.clz
                          global.get 0
                          i64.popcnt
                          br 5 (;@6;)
                          i64.ge_s
                          call_indirect (type 1)
                          br 1 (;@10;)
                          f64.const 0x1.p-1024 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005562684646268003;)
                          f64.abs
                          i64.trunc_f64_u
                          f64.const 0x1.3988746b2f3b1p+286 (;=152272714272161680000000000000000000000000000000000000000000000000000000000000000000000;)
                          f32.const 0x1.4p-130 (;=0.000000000000000000000000000000000000000918355;)
                          ref.null func
                          block ;; label = @12
                            loop (result f32) ;; label = @13
                              global.get 5
                              i32.eqz
                              if ;; label = @14
                                unreachable
                              end
                              global.get 5
                              i32.const 1
                              i32.sub
                              global.set 5
                              table.size 0
                              i32.extend16_s
                              ref.null func
                              nop
                              block ;; label = @14
                                memory.size
                                i32.load offset=30737
                                br_table 0 (;@14;) 1 (;@13;) 2 (;@12;) 4 (;@10;) 5 (;@9;) 8 (;@6;) 10 (;@4;) 13 (;@1;) 14 8 (;@6;)
                                table.size 0
                                f32.convert_i32_u
                                data.drop 0
                                f64.promote_f32
                                f64.neg
                                f64.ceil
                                local.tee 5
                                f64.const nan (;=NaN;)
                                local.get 5
                                local.get 5
                                f64.eq
                                select
                                f64.const -0x1.6cbd2956e6fc1p+505 (;=-149241616125802860000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                i32.trunc_sat_f64_s
                                call 3
                                f32.trunc
                                local.tee 6
                                f32.const nan (;=NaN;)
                                local.get 6
                                local.get 6
                                f32.eq
                                select
                                f32.neg
                                local.get 0
                                data.drop 0
                                f32.convert_i32_s
                                br 10 (;@4;)
                                f32.neg
                                f32.lt
                                f32.reinterpret_i32
                                i64.trunc_sat_f32_u
                                memory.size
                                i32.popcnt
                                i32.const -128
                                i32.mul
                                i32.load16_u offset=14289
                                global.get 0
                                f64.convert_i64_s
                                block ;; label = @15
                                  ref.null extern
                                  ref.is_null
                                  local.get 0
                                  local.get 0
                                  i32.gt_s
                                  global.get 1
                                  i32.xor
                                  global.set 1
                                  global.get 1
                                  i32.xor
                                  global.set 1
                                end
                                i64.reinterpret_f64
                                global.get 4
                                i64.xor
                                global.set 4
                                global.get 1
                                i32.xor
                                global.set 1
                                global.get 2
                                i64.xor
                                global.set 2
                                drop
                                i64.reinterpret_f64
                                global.get 4
                                i64.xor
                                global.set 4
                              end
                              drop
                              global.get 1
                              i32.xor
                              global.set 1
                              f32.const 0x1.378eecp-50 (;=0.000000000000001080935;)
                            end
                            i32.reinterpret_f32
                            global.get 3
                            i32.xor
                            global.set 3
                          end
                          drop
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                          i64.reinterpret_f64
                          global.get 4
                          i64.xor
                          global.set 4
                          drop
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                          drop
                          i32.const 2139095039
                        end
                        global.get 1
                        i32.xor
                        global.set 1
                        i64.reinterpret_f64
                        global.get 4
                        i64.xor
                        global.set 4
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 1
                        i32.xor
                        global.set 1
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 2
                        i64.xor
                        global.set 2
                        f32.const 0x1.p-134 (;=0.000000000000000000000000000000000000000045918;)
                      end
                      i32.reinterpret_f32
                      global.get 3
                      i32.xor
                      global.set 3
                      global.get 2
                      i64.xor
                      global.set 2
                      ref.null func
                    end
                    drop
                    global.get 2
                    i64.xor
                    global.set 2
                    global.get 1
                    i32.xor
                    global.set 1
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    global.get 1
                    i32.xor
                    global.set 1
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    i32.const 268435455
                  end
                  global.get 1
                  i32.xor
                  global.set 1
                  i32.reinterpret_f32
                  global.get 3
                  i32.xor
                  global.set 3
                  drop
                  i64.const 1234675606932178502
                end
                global.get 2
                i64.xor
                global.set 2
                drop
                global.get 1
                i32.xor
                global.set 1
                ref.null func
              end
              drop
              global.get 2
              i64.xor
              global.set 2
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
              i32.const -1227029252
            end
            global.get 1
            i32.xor
            global.set 1
          end
          i32.const -1202989848
        else
          i32.const 375
        end
        global.get 1
        i32.xor
        global.set 1
        i64.reinterpret_f64
        global.get 4
        i64.xor
        global.set 4
        f32.const 0x1.p-132 (;=0.000000000000000000000000000000000000000183671;)
      end
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
      global.get 1
      i32.xor
      global.set 1
      global.get 2
      i64.xor
      global.set 2
      global.get 2
      i64.xor
      global.set 2
      i64.reinterpret_f64
      global.get 4
      i64.xor
      global.set 4
      global.get 2
      i64.xor
      global.set 2
      drop
      global.get 1
      i32.xor
      global.set 1
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
  )
  (func (;2;) (type 0) (param i32)
    (local f32 f32 f32 f32 f32 f64 f32 f32 f32 f32)
    global.get 5
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 5
    i32.const 1
    i32.sub
    global.set 5
    f64.const 0x1.p-1050 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008289046;)
    br 0
    i64.const -570517612242458670
    f32.convert_i64_u
    f32.floor
    local.tee 1
    f32.const nan (;=NaN;)
    local.get 1
    local.get 1
    f32.eq
    select
    i32.trunc_sat_f32_s
    f32.load offset=35650 align=1
    f32.ceil
    local.tee 2
    f32.const nan (;=NaN;)
    local.get 2
    local.get 2
    f32.eq
    select
    f32.neg
    i64.trunc_f32_s
    global.get 0
    i64.ge_u
    f32.reinterpret_i32
    f32.sqrt
    local.tee 3
    f32.const nan (;=NaN;)
    local.get 3
    local.get 3
    f32.eq
    select
    i32.trunc_sat_f32_u
    call 4
    f32.neg
    f64.promote_f32
    loop (type 1) (result f32) ;; label = @1
      global.get 5
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 5
      i32.const 1
      i32.sub
      global.set 5
      local.get 0
      ref.null func
      f32.const 0x1.eb5554p-75 (;=0.000000000000000000000050802674;)
      f32.trunc
      local.tee 4
      f32.const nan (;=NaN;)
      local.get 4
      local.get 4
      f32.eq
      select
      i32.const -1
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
        data.drop 0
        i64.const -7990309656509742490
        block (type 1) (result f32) ;; label = @3
          data.drop 0
          local.get 0
          local.set 0
          ref.null func
          f64.const 0x1.f276934ed6ed6p+99 (;=1234135070239604200000000000000;)
          block ;; label = @4
            table.size 0
            nop
            f32.load offset=27289 align=2
            block ;; label = @5
              local.get 0
              i64.const -2251799813685248
              loop (type 1) (result f32) ;; label = @6
                global.get 5
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 5
                i32.const 1
                i32.sub
                global.set 5
                nop
                table.size 0
                i64.const 32768
                i64.store8 offset=409403
                f32.const 0x1.e27024p+74 (;=35597645000000000000000;)
                br 6
                f32.abs
                f64.promote_f32
                memory.size
                i32.extend16_s
                i32.clz
                br_if 1 (;@5;)
                i32.trunc_sat_f64_u
                local.tee 0
                i64.load8_u offset=184552
                f64.const 0x1.e2bde6d2dd491p+176 (;=180615151613300770000000000000000000000000000000000000;)
                ref.null extern
                i32.const -33
                i64.load32_s offset=9443 align=2
                f32.const 0x1.886188p+63 (;=14137015000000000000;)
                table.size 0
                i32.popcnt
                f64.convert_i32_u
                block (result i64) ;; label = @7
                  memory.size
                  local.set 0
                  local.get 0
                  local.tee 0
                  f32.load offset=41349 align=2
                  i32.reinterpret_f32
                  call_indirect (type 1)
                  loop (result f64) ;; label = @8
                    global.get 5
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 5
                    i32.const 1
                    i32.sub
                    global.set 5
                    f32.const 0x1.c7473ep+6 (;=113.81957;)
                    f32.floor
                    local.tee 5
                    f32.const nan (;=NaN;)
                    local.get 5
                    local.get 5
                    f32.eq
                    select
                    local.get 0
                    f64.load offset=28057 align=4
                    i64.trunc_f64_s
                    i64.popcnt
                    i64.eqz
                    i64.const 6419653237934754014
                    i64.extend32_s
                    i64.store32 offset=23906 align=2
                    i64.trunc_sat_f32_s
                    i64.popcnt
                    f64.convert_i64_u
                    f64.abs
                    i64.trunc_f64_s
                    i32.const 2048
                    loop (type 1) (result f32) ;; label = @9
                      global.get 5
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 5
                      i32.const 1
                      i32.sub
                      global.set 5
                      i64.const 131072
                      f32.const 0x1.e590b8p-38 (;=0.000000000006900298;)
                      i64.trunc_f32_s
                      i64.lt_s
                      f64.convert_i32_u
                      f64.floor
                      local.tee 6
                      f64.const nan (;=NaN;)
                      local.get 6
                      local.get 6
                      f64.eq
                      select
                      f32.demote_f64
                      i64.trunc_f32_s
                      global.get 0
                      i64.gt_s
                      local.set 0
                      global.get 0
                      i64.extend16_s
                      table.size 0
                      local.set 0
                      data.drop 0
                      br 2 (;@7;)
                      table.size 0
                      i64.load8_s offset=85588
                      i64.extend32_s
                      f64.convert_i64_s
                      i64.trunc_f64_s
                      f32.const 0x1.8e1d96p-32 (;=0.000000000362084;)
                      i64.const 655376
                      data.drop 0
                      global.set 0
                      i64.trunc_sat_f32_s
                      i64.rotr
                      f32.convert_i64_u
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
                      i64.const 131056
                      f32.convert_i64_s
                      i32.trunc_sat_f32_s
                      i64.load offset=89108 align=1
                      i64.extend8_s
                      global.get 0
                      f32.convert_i64_u
                      f32.nearest
                      local.tee 9
                      f32.const nan (;=NaN;)
                      local.get 9
                      local.get 9
                      f32.eq
                      select
                      loop (result funcref) ;; label = @10
                        global.get 5
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 5
                        i32.const 1
                        i32.sub
                        global.set 5
                        memory.size
                        br_if 5 (;@5;)
                        i64.const -8862083639335021295
                        global.get 0
                        i64.popcnt
                        block (result i64) ;; label = @11
                          f64.const -0x1.365d948da167dp-397 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000375599722438745;)
                          f32.demote_f64
                          f32.nearest
                          local.tee 10
                          f32.const nan (;=NaN;)
                          local.get 10
                          local.get 10
                          f32.eq
                          select
                          ref.null extern
                          drop
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                          i64.const 2097152
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 2
                        i64.xor
                        global.set 2
                        global.get 2
                        i64.xor
                        global.set 2
                        ref.null func
                      end
                      drop
                      i32.reinterpret_f32
                      global.get 3
                      i32.xor
                      global.set 3
                      global.get 2
                      i64.xor
                      global.set 2
                    end
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    global.get 1
                    i32.xor
                    global.set 1
                    global.get 2
                    i64.xor
                    global.set 2
                    f64.const -nan:0xfffffffffdfff (;=NaN;)
                  end
                  i64.reinterpret_f64
                  global.get 4
                  i64.xor
                  global.set 4
                  i32.reinterpret_f32
                  global.get 3
                  i32.xor
                  global.set 3
                  i64.const 268435456
                end
                global.get 2
                i64.xor
                global.set 2
                i64.reinterpret_f64
                global.get 4
                i64.xor
                global.set 4
                i32.reinterpret_f32
                global.get 3
                i32.xor
                global.set 3
                global.get 2
                i64.xor
                global.set 2
                drop
                i64.reinterpret_f64
                global.get 4
                i64.xor
                global.set 4
                global.get 2
                i64.xor
                global.set 2
                f32.const -0x1.e52968p+119 (;=-1259551900000000000000000000000000000;)
              end
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
              global.get 2
              i64.xor
              global.set 2
              global.get 1
              i32.xor
              global.set 1
            end
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
          end
          i64.reinterpret_f64
          global.get 4
          i64.xor
          global.set 4
          drop
          f32.const 0x1.a0185ap-8 (;=0.0063491077;)
        end
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        global.get 2
        i64.xor
        global.set 2
      end
      global.get 1
      i32.xor
      global.set 1
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
      drop
      global.get 1
      i32.xor
      global.set 1
      f32.const -0x1.e88cb2p+38 (;=-524576130000;)
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    i64.reinterpret_f64
    global.get 4
    i64.xor
    global.set 4
    drop
    i64.reinterpret_f64
    global.get 4
    i64.xor
    global.set 4
  )
  (func (;3;) (type 2) (param i32) (result funcref f32)
    (local i32 f32 f64 f32 f32 f32 f64 f32 f32 f32 f32)
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
    global.get 0
    i32.wrap_i64
    block (result funcref) ;; label = @1
      f32.const -nan:0x780000 (;=NaN;)
      local.tee 2
      f64.const 0x1.95168425f01f7p+744 (;=146428676656471890000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      f32.demote_f64
      local.set 2
      global.get 0
      f32.convert_i64_s
      f32.trunc
      local.tee 4
      f32.const nan (;=NaN;)
      local.get 4
      local.get 4
      f32.eq
      select
      local.tee 2
      i32.const 33554432
      data.drop 0
      i64.load32_s offset=1317
      global.set 0
      f32.ceil
      local.tee 5
      f32.const nan (;=NaN;)
      local.get 5
      local.get 5
      f32.eq
      select
      f32.ne
      i64.load8_s offset=64626
      global.set 0
      memory.size
      local.set 0
      table.size 0
      i64.load32_u offset=86716 align=2
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
        memory.size
        i32.ctz
        if (result i32) ;; label = @3
          br 1 (;@2;)
          local.get 2
          f32.ceil
          local.tee 6
          f32.const nan (;=NaN;)
          local.get 6
          local.get 6
          f32.eq
          select
          f32.neg
          f32.neg
          i32.trunc_f32_u
        else
          i32.const 131080
          local.get 2
          i32.trunc_f32_u
          ref.null extern
          block ;; label = @4
            f64.const -nan:0xf800000000000 (;=NaN;)
            f64.sqrt
            local.tee 7
            f64.const nan (;=NaN;)
            local.get 7
            local.get 7
            f64.eq
            select
            i64.reinterpret_f64
            f64.const -0x1.660abec2573cfp+639 (;=-3190518049971730700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
            i64.const 9218868437227405312
            global.get 0
            local.get 3
            global.get 0
            i64.eqz
            i32.load offset=33282
            call_indirect (type 1)
            i64.trunc_f32_u
            f64.const -nan:0xffffffffffffd (;=NaN;)
            i32.trunc_f64_u
            table.size 0
            i32.popcnt
            local.get 3
            i64.trunc_f64_s
            memory.size
            block (type 2) (param i32) (result funcref f32) ;; label = @5
              memory.grow
              local.tee 0
              i64.extend_i32_u
              i64.eqz
              local.tee 1
              global.get 0
              f32.convert_i64_s
              global.get 0
              block ;; label = @6
                f64.const 0x1.fffep-1058 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000064757;)
                i32.trunc_sat_f64_s
                loop (type 0) (param i32) ;; label = @7
                  global.get 5
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 5
                  i32.const 1
                  i32.sub
                  global.set 5
                  i32.extend8_s
                  f64.convert_i32_s
                  i64.trunc_sat_f64_u
                  f32.convert_i64_s
                  i32.trunc_sat_f32_s
                  i64.extend_i32_s
                  memory.size
                  br_table 1 (;@6;) 3 (;@4;) 5 (;@2;) 5 (;@2;)
                  table.size 0
                  table.get 0
                  f32.const -0x0p+0 (;=-0;)
                  ref.null func
                  table.size 0
                  if (result i32) ;; label = @8
                    f64.const 0x1.79d26a4218fb4p-293 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000009273815933070305;)
                    i64.const -4147659769230933440
                    f32.const -nan:0x7fc000 (;=NaN;)
                    block ;; label = @9
                    end
                    i32.const -728967253
                    memory.grow
                    i64.load16_u offset=129458
                    i32.wrap_i64
                    i32.load16_s offset=86132 align=1
                    br 6 (;@2;)
                    i32.load8_s offset=50065
                    f32.reinterpret_i32
                    f32.floor
                    local.tee 8
                    f32.const nan (;=NaN;)
                    local.get 8
                    local.get 8
                    f32.eq
                    select
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
                      memory.size
                      f64.load offset=202078 align=2
                      f32.const 0x1.d1060cp+75 (;=68625374000000000000000;)
                      i64.trunc_f32_u
                      loop (type 1) (result f32) ;; label = @10
                        global.get 5
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 5
                        i32.const 1
                        i32.sub
                        global.set 5
                        i32.const -787378787
                        local.set 1
                        block (result i64) ;; label = @11
                          ref.null func
                          br 9 (;@2;)
                          f32.const 0x1.d1a34ap+54 (;=32766350000000000;)
                          f32.trunc
                          local.tee 9
                          f32.const nan (;=NaN;)
                          local.get 9
                          local.get 9
                          f32.eq
                          select
                          block (type 1) (result f32) ;; label = @12
                            i32.const -33554433
                            i64.load offset=126712
                            i64.extend16_s
                            i64.const 4391141993965231142
                            memory.size
                            i64.const -3164172729058352452
                            i64.store16 offset=401071
                            i64.ctz
                            i64.sub
                            f64.convert_i64_u
                            block ;; label = @13
                              loop ;; label = @14
                                global.get 5
                                i32.eqz
                                if ;; label = @15
                                  unreachable
                                end
                                global.get 5
                                i32.const 1
                                i32.sub
                                global.set 5
                                local.get 3
                                i64.trunc_sat_f64_u
                                f32.convert_i64_s
                                local.tee 2
                                data.drop 0
                                f64.promote_f32
                                global.get 0
                                local.get 3
                                i64.const -6400361367911846444
                                i64.eqz
                                call_indirect (type 1)
                                f32.nearest
                                local.tee 10
                                f32.const nan (;=NaN;)
                                local.get 10
                                local.get 10
                                f32.eq
                                select
                                local.tee 2
                                f32.floor
                                local.tee 11
                                f32.const nan (;=NaN;)
                                local.get 11
                                local.get 11
                                f32.eq
                                select
                                block ;; label = @15
                                  br 9 (;@6;)
                                  memory.size
                                  local.tee 0
                                  data.drop 0
                                  i32.const -464303659
                                  f64.convert_i32_s
                                  f64.abs
                                  global.get 0
                                  f32.convert_i64_s
                                  f32.const -0x1.237ec2p+51 (;=-2564018400000000;)
                                  i32.reinterpret_f32
                                  global.get 3
                                  i32.xor
                                  global.set 3
                                  i32.reinterpret_f32
                                  global.get 3
                                  i32.xor
                                  global.set 3
                                  i64.reinterpret_f64
                                  global.get 4
                                  i64.xor
                                  global.set 4
                                  global.get 1
                                  i32.xor
                                  global.set 1
                                end
                                i32.reinterpret_f32
                                global.get 3
                                i32.xor
                                global.set 3
                                i64.reinterpret_f64
                                global.get 4
                                i64.xor
                                global.set 4
                                global.get 2
                                i64.xor
                                global.set 2
                                i64.reinterpret_f64
                                global.get 4
                                i64.xor
                                global.set 4
                              end
                            end
                            i64.reinterpret_f64
                            global.get 4
                            i64.xor
                            global.set 4
                            f32.const 0x1.p-135 (;=0.000000000000000000000000000000000000000022959;)
                          end
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                          drop
                          i64.const 655359
                        end
                        global.get 2
                        i64.xor
                        global.set 2
                        f32.const 0x1p-123 (;=0.00000000000000000000000000000000000009403955;)
                      end
                      i32.reinterpret_f32
                      global.get 3
                      i32.xor
                      global.set 3
                      global.get 2
                      i64.xor
                      global.set 2
                      i64.reinterpret_f64
                      global.get 4
                      i64.xor
                      global.set 4
                    end
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    global.get 2
                    i64.xor
                    global.set 2
                    i64.reinterpret_f64
                    global.get 4
                    i64.xor
                    global.set 4
                    i32.const -32768
                  else
                    i32.const 1073741823
                  end
                  global.get 1
                  i32.xor
                  global.set 1
                  drop
                  i32.reinterpret_f32
                  global.get 3
                  i32.xor
                  global.set 3
                  drop
                  global.get 2
                  i64.xor
                  global.set 2
                end
              end
              global.get 2
              i64.xor
              global.set 2
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
              global.get 1
              i32.xor
              global.set 1
              ref.null func
              f32.const 0x1.p-143 (;=0.00000000000000000000000000000000000000000009;)
            end
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
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
            global.get 2
            i64.xor
            global.set 2
            i64.reinterpret_f64
            global.get 4
            i64.xor
            global.set 4
            global.get 2
            i64.xor
            global.set 2
            global.get 2
            i64.xor
            global.set 2
            i64.reinterpret_f64
            global.get 4
            i64.xor
            global.set 4
            global.get 2
            i64.xor
            global.set 2
          end
          drop
          global.get 1
          i32.xor
          global.set 1
        end
        global.get 1
        i32.xor
        global.set 1
      end
      global.get 2
      i64.xor
      global.set 2
      ref.null func
    end
    drop
    global.get 1
    i32.xor
    global.set 1
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    ref.null func
    f32.const -0x1.fe504p+77 (;=-301235900000000000000000;)
  )
  (func (;4;) (type 2) (param i32) (result funcref f32)
    (local f64 f32 f64 f32 f64 f32)
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
    f64.convert_i32_s
    i32.trunc_f64_s
    if (type 1) (result f32) ;; label = @1
      i32.const 127
      i32.load offset=126509
      call 3
      i32.trunc_sat_f32_s
      local.tee 0
      local.get 0
      i32.store16 offset=127530
      table.size 0
      i32.const 8388608
      i64.load16_s offset=39699 align=1
      i64.clz
      i64.store16 offset=5508 align=1
      table.size 0
      local.set 0
      i64.const -8192
      i64.clz
      i64.eqz
      f64.load offset=55298
      f64.floor
      local.tee 1
      f64.const nan (;=NaN;)
      local.get 1
      local.get 1
      f64.eq
      select
      i64.const -3247384515136565107
      local.get 0
      i32.eqz
      i64.extend_i32_s
      f32.const -nan:0x7ffff7 (;=NaN;)
      i64.const 1229782938247303441
      f64.reinterpret_i64
      local.get 0
      i64.load32_u offset=127597 align=2
      global.get 0
      i64.xor
      f32.convert_i64_s
      f32.sqrt
      local.tee 2
      f32.const nan (;=NaN;)
      local.get 2
      local.get 2
      f32.eq
      select
      memory.size
      f64.convert_i32_u
      i64.trunc_sat_f64_u
      i64.eqz
      i32.extend16_s
      i32.ctz
      local.set 0
      f64.const -0x1.575735f1faefep-677 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000021388396009513556;)
      f64.abs
      f64.floor
      local.tee 3
      f64.const nan (;=NaN;)
      local.get 3
      local.get 3
      f64.eq
      select
      f32.demote_f64
      f32.neg
      f32.ge
      block ;; label = @2
        i64.const -17592186044416
        ref.null func
        data.drop 0
        global.get 0
        br 0 (;@2;)
        i32.const -207794469
        i32.popcnt
        global.get 0
        i64.const -1073741824
        i64.eq
        i32.ne
        i32.popcnt
        f64.convert_i32_s
        i64.trunc_f64_s
        i64.eqz
        loop (type 0) (param i32) ;; label = @3
          global.get 5
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 5
          i32.const 1
          i32.sub
          global.set 5
          f32.convert_i32_u
          f32.abs
          global.get 0
          i64.extend8_s
          br 1 (;@2;)
          ref.null extern
          memory.size
          i64.extend_i32_u
          br 1 (;@2;)
          br 1 (;@2;)
          i64.clz
          i32.const 1688369153
          br_if 1 (;@2;)
          f64.const 0x1.p-1037 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000067903865311;)
          i32.trunc_f64_s
          i32.eqz
          local.tee 0
          local.set 0
          i64.clz
          global.get 0
          i64.ge_u
          i64.load offset=88911
          memory.size
          i32.load offset=40605
          i64.load32_s offset=76430 align=1
          memory.size
          f32.convert_i32_u
          f32.trunc
          local.tee 4
          f32.const nan (;=NaN;)
          local.get 4
          local.get 4
          f32.eq
          select
          i32.const -94946865
          i32.load8_s offset=57095
          i64.load16_u offset=453
          i64.ctz
          f64.const -0x1.5029e12da558ap-111 (;=-0.0000000000000000000000000000000005058027565838913;)
          f64.floor
          local.tee 5
          f64.const nan (;=NaN;)
          local.get 5
          local.get 5
          f64.eq
          select
          i32.const 4096
          i64.extend_i32_s
          f32.convert_i64_s
          data.drop 0
          i64.trunc_f32_s
          global.set 0
          block (type 1) (result f32) ;; label = @4
            loop (result i64) ;; label = @5
              global.get 5
              i32.eqz
              if ;; label = @6
                unreachable
              end
              global.get 5
              i32.const 1
              i32.sub
              global.set 5
              data.drop 0
              loop (type 1) (result f32) ;; label = @6
                global.get 5
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 5
                i32.const 1
                i32.sub
                global.set 5
                loop (type 1) (result f32) ;; label = @7
                  global.get 5
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 5
                  i32.const 1
                  i32.sub
                  global.set 5
                  ref.null extern
                  block ;; label = @8
                    memory.size
                    f32.reinterpret_i32
                    br 3 (;@5;)
                    f64.const -0x1p+769 (;=-3105036184601418000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                    f32.demote_f64
                    block (result f64) ;; label = @9
                      br 2 (;@7;)
                      ref.null extern
                      global.get 0
                      local.get 0
                      f32.load offset=86069
                      local.get 0
                      block ;; label = @10
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
                          data.drop 0
                          block (type 1) (result f32) ;; label = @12
                            local.get 0
                            local.set 0
                            ref.null extern
                            block ;; label = @13
                              loop (type 1) (result f32) ;; label = @14
                                global.get 5
                                i32.eqz
                                if ;; label = @15
                                  unreachable
                                end
                                global.get 5
                                i32.const 1
                                i32.sub
                                global.set 5
                                f64.const 0x1p-991 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004778309726736481;)
                                table.size 0
                                i32.load16_u offset=119825
                                i32.load16_u offset=99749
                                br_table 0 (;@14;) 1 (;@13;) 3 (;@11;) 4 (;@10;) 6 (;@8;) 7 (;@7;) 8 (;@6;) 9 (;@5;) 12 (;@2;) 3 (;@11;)
                                i32.trunc_sat_f64_u
                                table.size 0
                                i32.load offset=12867
                                f32.reinterpret_i32
                                loop (result f32) ;; label = @15
                                  global.get 5
                                  i32.eqz
                                  if ;; label = @16
                                    unreachable
                                  end
                                  global.get 5
                                  i32.const 1
                                  i32.sub
                                  global.set 5
                                  local.get 0
                                  call 0
                                  f32.ceil
                                  local.tee 6
                                  f32.const nan (;=NaN;)
                                  local.get 6
                                  local.get 6
                                  f32.eq
                                  select
                                  f64.const -nan:0xf800000000000 (;=NaN;)
                                  i32.trunc_sat_f64_s
                                  local.get 0
                                  i32.ge_u
                                  br 1 (;@14;)
                                  i64.extend_i32_u
                                  br 7 (;@8;)
                                  i64.const 72340172838076673
                                  f64.convert_i64_u
                                  f64.neg
                                  data.drop 0
                                  i64.trunc_f64_u
                                  i64.rem_s
                                  memory.size
                                  f32.load offset=26863 align=2
                                  i32.trunc_sat_f32_s
                                  global.get 1
                                  i32.xor
                                  global.set 1
                                  global.get 2
                                  i64.xor
                                  global.set 2
                                  i32.reinterpret_f32
                                  global.get 3
                                  i32.xor
                                  global.set 3
                                  drop
                                  f32.const -0x1.b0f31ap-89 (;=-0.0000000000000000000000000027322962;)
                                end
                                i32.reinterpret_f32
                                global.get 3
                                i32.xor
                                global.set 3
                                i32.reinterpret_f32
                                global.get 3
                                i32.xor
                                global.set 3
                                global.get 1
                                i32.xor
                                global.set 1
                                f32.const 0x1.fffffep-96 (;=0.000000000000000000000000000025243547;)
                              end
                              i32.reinterpret_f32
                              global.get 3
                              i32.xor
                              global.set 3
                            end
                            drop
                            f32.const 0x1.ffp-141 (;=0.000000000000000000000000000000000000000000716;)
                          end
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                        end
                        drop
                      end
                      global.get 1
                      i32.xor
                      global.set 1
                      i32.reinterpret_f32
                      global.get 3
                      i32.xor
                      global.set 3
                      global.get 2
                      i64.xor
                      global.set 2
                      drop
                      f64.const -0x1.eca547df32035p-490 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000060200041722993106;)
                    end
                    i64.reinterpret_f64
                    global.get 4
                    i64.xor
                    global.set 4
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                  end
                  drop
                  f32.const -0x1.69888cp+85 (;=-54633380000000000000000000;)
                end
              end
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
              i64.const -4335230349790147447
            end
            global.get 2
            i64.xor
            global.set 2
            f32.const 0x1.429cdcp+125 (;=53603234000000000000000000000000000000;)
          end
          i32.reinterpret_f32
          global.get 3
          i32.xor
          global.set 3
          i64.reinterpret_f64
          global.get 4
          i64.xor
          global.set 4
          global.get 2
          i64.xor
          global.set 2
          i32.reinterpret_f32
          global.get 3
          i32.xor
          global.set 3
          global.get 2
          i64.xor
          global.set 2
          global.get 2
          i64.xor
          global.set 2
          drop
          global.get 2
          i64.xor
          global.set 2
          i32.reinterpret_f32
          global.get 3
          i32.xor
          global.set 3
        end
        global.get 2
        i64.xor
        global.set 2
        drop
        global.get 2
        i64.xor
        global.set 2
      end
      global.get 1
      i32.xor
      global.set 1
      i64.reinterpret_f64
      global.get 4
      i64.xor
      global.set 4
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
      global.get 2
      i64.xor
      global.set 2
      global.get 2
      i64.xor
      global.set 2
      i64.reinterpret_f64
      global.get 4
      i64.xor
      global.set 4
      drop
      f32.const 0x1.fffcp-135 (;=0.000000000000000000000000000000000000000045916;)
    else
      f32.const 0x1.a7b39p+64 (;=30530905000000000000;)
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    ref.null func
    f32.const 0x1.36947ap+37 (;=166741360000;)
  )
  (data (;0;) (i32.const 1) "\89\ec\dc@\d5C")
)
