(module
  (type (;0;) (func (param f64) (result f32 f32)))
  (type (;1;) (func (param f64 i64) (result i32)))
  (type (;2;) (func (result funcref)))
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (global (;4;) (mut i32) i32.const 500)
  (export "c" (func 0))
  (export "" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (func 4))
  (export "5" (func 5))
  (export "46" (global 0))
  (export "\u{1}x\u{2db}\u{2}:" (global 1))
  (export "8" (global 2))
  (export "9" (global 3))
  (elem (;0;) externref)
  (func (;0;) (type 2) (result funcref)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    i32.const -945516674
    f32.const 0x1.cp-147 (;=0.00000000000000000000000000000000000000000001;)
    i32.trunc_f32_s
    i32.or
    f32.convert_i32_s
    i64.trunc_f32_u
    i64.clz
    nop
    i64.extend8_s
    i64.const -3181423529527709877
    i64.rotl
    i64.extend8_s
    i64.clz
    f64.reinterpret_i64
    i64.trunc_sat_f64_u
    i64.extend8_s
    ref.null func
    elem.drop 0
    loop ;; label = @1
      global.get 4
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 4
      i32.const 1
      i32.sub
      global.set 4
      ref.null func
      block (type 2) (result funcref) ;; label = @2
        call 5
        ref.is_null
        f32.const -0x1.aa1626p-55 (;=-0.000000000000000046196393;)
        i32.trunc_sat_f32_s
        i32.const 1030974646
        i32.lt_u
        i32.and
        ref.null extern
        loop (type 2) (result funcref) ;; label = @3
          global.get 4
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 4
          i32.const 1
          i32.sub
          global.set 4
          call 0
          i32.const -1574282429
          ref.null func
          ref.null func
          ref.is_null
          br 0 (;@3;)
          i32.eqz
          br_if 2 (;@1;)
          ref.is_null
          br 2 (;@1;)
          i32.const 1
          ref.null extern
          block ;; label = @4
            f64.const -nan:0xffffeffffffff (;=NaN;)
            i32.trunc_f64_s
            br_if 0 (;@4;)
          end
          drop
          global.get 0
          i32.xor
          global.set 0
          global.get 0
          i32.xor
          global.set 0
          global.get 0
          i32.xor
          global.set 0
        end
        drop
        drop
        global.get 0
        i32.xor
        global.set 0
        ref.null func
      end
      drop
      drop
    end
    drop
    global.get 1
    i64.xor
    global.set 1
    ref.null func
  )
  (func (;1;) (type 2) (result funcref)
    (local funcref i32)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    i64.const -1666136436717899003
    f64.reinterpret_i64
    f64.const 0x1.p-1037 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000067903865311;)
    f64.lt
    f64.convert_i32_u
    f64.const -0x1p+1021 (;=-22471164185778950000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
    f64.abs
    f64.eq
    local.set 1
    loop ;; label = @1
      global.get 4
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 4
      i32.const 1
      i32.sub
      global.set 4
      f32.const -0x1p+127 (;=-170141180000000000000000000000000000000;)
      i32.trunc_sat_f32_s
      f64.convert_i32_s
      i64.reinterpret_f64
      global.get 2
      i64.xor
      global.set 2
    end
    ref.null func
  )
  (func (;2;) (type 0) (param f64) (result f32 f32)
    (local f32 f64 f64 f64 f64 f64 f32 f32)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    block ;; label = @1
      i32.const 255
      f32.reinterpret_i32
      f32.sqrt
      local.tee 1
      f32.const nan (;=NaN;)
      local.get 1
      local.get 1
      f32.eq
      select
      i32.reinterpret_f32
      i32.const 1431655765
      block (type 2) (result funcref) ;; label = @2
        local.get 0
        i32.const 2139095040
        local.get 0
        f64.sqrt
        local.tee 2
        f64.const nan (;=NaN;)
        local.get 2
        local.get 2
        f64.eq
        select
        i32.trunc_f64_u
        if ;; label = @3
          f32.const -0x1.fdfdfcp+126 (;=-169473950000000000000000000000000000000;)
          elem.drop 0
          loop (type 2) (result funcref) ;; label = @4
            global.get 4
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 4
            i32.const 1
            i32.sub
            global.set 4
            call 1
            local.get 0
            i32.trunc_f64_u
            br_table 0 (;@4;) 1 (;@3;) 3 (;@1;) 3 (;@1;)
            call 5
            f32.const 0x1p+1 (;=2;)
            f32.const -0x0p+0 (;=-0;)
            i64.trunc_sat_f32_s
            block (type 2) (result funcref) ;; label = @5
              f64.const -nan:0xfffffffffff7f (;=NaN;)
              ref.null func
              i32.const 1747399782
              f32.reinterpret_i32
              i32.reinterpret_f32
              elem.drop 0
              block ;; label = @6
                call 1
                loop ;; label = @7
                  global.get 4
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 4
                  i32.const 1
                  i32.sub
                  global.set 4
                  loop ;; label = @8
                    global.get 4
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 4
                    i32.const 1
                    i32.sub
                    global.set 4
                    i64.const 4199297210168288452
                    block (result f64) ;; label = @9
                      ref.null extern
                      br 5 (;@4;)
                      f64.const 0x1.531605d5fd259p-961 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006795854857300169;)
                      f64.neg
                      loop ;; label = @10
                        global.get 4
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 4
                        i32.const 1
                        i32.sub
                        global.set 4
                        call 5
                        block ;; label = @11
                          call 5
                          i64.const 1125899906842623
                          local.get 0
                          loop ;; label = @12
                            global.get 4
                            i32.eqz
                            if ;; label = @13
                              unreachable
                            end
                            global.get 4
                            i32.const 1
                            i32.sub
                            global.set 4
                          end
                          f32.demote_f64
                          ref.null func
                          loop (type 2) (result funcref) ;; label = @12
                            global.get 4
                            i32.eqz
                            if ;; label = @13
                              unreachable
                            end
                            global.get 4
                            i32.const 1
                            i32.sub
                            global.set 4
                            br 1 (;@11;)
                            f32.const 0x1.p-149 (;=0.000000000000000000000000000000000000000000001;)
                            i64.trunc_f32_u
                            loop (type 2) (result funcref) ;; label = @13
                              global.get 4
                              i32.eqz
                              if ;; label = @14
                                unreachable
                              end
                              global.get 4
                              i32.const 1
                              i32.sub
                              global.set 4
                              br 9 (;@4;)
                              local.get 0
                              f64.abs
                              i64.trunc_sat_f64_s
                              block ;; label = @14
                                elem.drop 0
                                i32.const 423747304
                                f64.convert_i32_u
                                f64.trunc
                                local.tee 3
                                f64.const nan (;=NaN;)
                                local.get 3
                                local.get 3
                                f64.eq
                                select
                                call 0
                                f64.const -nan:0xf7fffffffffff (;=NaN;)
                                i64.const -2010887652603397700
                                i64.ctz
                                f64.const -0x1.465d465320056p+764 (;=-123702774600499400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                local.get 0
                                f64.sqrt
                                local.tee 4
                                f64.const nan (;=NaN;)
                                local.get 4
                                local.get 4
                                f64.eq
                                select
                                f64.add
                                local.tee 5
                                f64.const nan (;=NaN;)
                                local.get 5
                                local.get 5
                                f64.eq
                                select
                                local.get 0
                                ref.null extern
                                i64.const -2649114223526956996
                                i64.extend32_s
                                f64.convert_i64_s
                                i64.trunc_sat_f64_s
                                loop ;; label = @15
                                  global.get 4
                                  i32.eqz
                                  if ;; label = @16
                                    unreachable
                                  end
                                  global.get 4
                                  i32.const 1
                                  i32.sub
                                  global.set 4
                                  f64.const -nan:0xfefffffffffff (;=NaN;)
                                  block ;; label = @16
                                  end
                                  f64.ceil
                                  local.tee 6
                                  f64.const nan (;=NaN;)
                                  local.get 6
                                  local.get 6
                                  f64.eq
                                  select
                                  local.set 0
                                  block ;; label = @16
                                  end
                                  f32.const 0x1.fffffp-129 (;=0.000000000000000000000000000000000000002938734;)
                                  f64.promote_f32
                                  local.tee 0
                                  call 0
                                  i32.const 1670408731
                                  f64.convert_i32_s
                                  f32.demote_f64
                                  br 11 (;@4;)
                                  f32.ceil
                                  local.tee 7
                                  f32.const nan (;=NaN;)
                                  local.get 7
                                  local.get 7
                                  f32.eq
                                  select
                                  i32.const 2097151
                                  f32.convert_i32_s
                                  f32.sub
                                  local.tee 8
                                  f32.const nan (;=NaN;)
                                  local.get 8
                                  local.get 8
                                  f32.eq
                                  select
                                  i64.trunc_f32_s
                                  i64.clz
                                  f64.reinterpret_i64
                                  i32.trunc_sat_f64_s
                                  i32.extend16_s
                                  i32.eqz
                                  br_if 2 (;@13;)
                                  f64.const 0x1.bfb6024b5b8fep-661 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000018278082743276044;)
                                  f64.const -nan:0xffffffffc0000 (;=NaN;)
                                  f32.const -0x1.7a8966p-104 (;=-0.00000000000000000000000000000007290352;)
                                  block (result f32) ;; label = @16
                                    call 5
                                    elem.drop 0
                                    br 3 (;@13;)
                                    local.get 0
                                    call 1
                                    call 5
                                    call 3
                                    br 4 (;@12;)
                                    br 11 (;@5;)
                                    f32.const -nan:0x7ffdff (;=NaN;)
                                    i32.const 82583698
                                    f32.reinterpret_i32
                                    loop (type 2) (result funcref) ;; label = @17
                                      global.get 4
                                      i32.eqz
                                      if ;; label = @18
                                        unreachable
                                      end
                                      global.get 4
                                      i32.const 1
                                      i32.sub
                                      global.set 4
                                      br 6 (;@11;)
                                      loop (type 2) (result funcref) ;; label = @18
                                        global.get 4
                                        i32.eqz
                                        if ;; label = @19
                                          unreachable
                                        end
                                        global.get 4
                                        i32.const 1
                                        i32.sub
                                        global.set 4
                                        ref.null extern
                                        i32.const 524288
                                        i32.extend8_s
                                        f64.const -nan:0xfffffffffefff (;=NaN;)
                                        block (type 2) (result funcref) ;; label = @19
                                          local.get 0
                                          i32.trunc_f64_u
                                          block (type 2) (result funcref) ;; label = @20
                                            elem.drop 0
                                            f64.const -0x1.e9e822670cd4cp-877 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000018991850491477208;)
                                            i32.const -16384
                                            f64.convert_i32_u
                                            i64.reinterpret_f64
                                            global.get 2
                                            i64.xor
                                            global.set 2
                                            i64.reinterpret_f64
                                            global.get 2
                                            i64.xor
                                            global.set 2
                                            ref.null func
                                          end
                                          drop
                                          global.get 0
                                          i32.xor
                                          global.set 0
                                          ref.null func
                                        end
                                        drop
                                        i64.reinterpret_f64
                                        global.get 2
                                        i64.xor
                                        global.set 2
                                        global.get 0
                                        i32.xor
                                        global.set 0
                                        drop
                                        ref.null func
                                      end
                                    end
                                    drop
                                    i32.reinterpret_f32
                                    global.get 3
                                    i32.xor
                                    global.set 3
                                    i32.reinterpret_f32
                                    global.get 3
                                    i32.xor
                                    global.set 3
                                    drop
                                    drop
                                    i64.reinterpret_f64
                                    global.get 2
                                    i64.xor
                                    global.set 2
                                    drop
                                    f32.const 0x1.6f3a54p-33 (;=0.00000000016699589;)
                                  end
                                  i32.reinterpret_f32
                                  global.get 3
                                  i32.xor
                                  global.set 3
                                  i32.reinterpret_f32
                                  global.get 3
                                  i32.xor
                                  global.set 3
                                  i64.reinterpret_f64
                                  global.get 2
                                  i64.xor
                                  global.set 2
                                  i64.reinterpret_f64
                                  global.get 2
                                  i64.xor
                                  global.set 2
                                  drop
                                  i64.reinterpret_f64
                                  global.get 2
                                  i64.xor
                                  global.set 2
                                end
                                global.get 1
                                i64.xor
                                global.set 1
                                drop
                                i64.reinterpret_f64
                                global.get 2
                                i64.xor
                                global.set 2
                                i64.reinterpret_f64
                                global.get 2
                                i64.xor
                                global.set 2
                                global.get 1
                                i64.xor
                                global.set 1
                                i64.reinterpret_f64
                                global.get 2
                                i64.xor
                                global.set 2
                                drop
                                i64.reinterpret_f64
                                global.get 2
                                i64.xor
                                global.set 2
                              end
                              global.get 1
                              i64.xor
                              global.set 1
                              ref.null func
                            end
                            drop
                            global.get 1
                            i64.xor
                            global.set 1
                            ref.null func
                          end
                          drop
                          drop
                          i32.reinterpret_f32
                          global.get 3
                          i32.xor
                          global.set 3
                          global.get 1
                          i64.xor
                          global.set 1
                          drop
                        end
                        drop
                      end
                      i64.reinterpret_f64
                      global.get 2
                      i64.xor
                      global.set 2
                      drop
                      f64.const -0x1.859ff198234c4p-790 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000023372761658406496;)
                    end
                    i64.reinterpret_f64
                    global.get 2
                    i64.xor
                    global.set 2
                    global.get 1
                    i64.xor
                    global.set 1
                  end
                end
                drop
              end
              global.get 0
              i32.xor
              global.set 0
              drop
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
              ref.null func
            end
            drop
            global.get 1
            i64.xor
            global.set 1
            i32.reinterpret_f32
            global.get 3
            i32.xor
            global.set 3
            drop
          end
          drop
          i32.reinterpret_f32
          global.get 3
          i32.xor
          global.set 3
        end
        global.get 0
        i32.xor
        global.set 0
        i64.reinterpret_f64
        global.get 2
        i64.xor
        global.set 2
        ref.null func
      end
      drop
      global.get 0
      i32.xor
      global.set 0
      global.get 0
      i32.xor
      global.set 0
    end
    f32.const nan:0x2bb575 (;=NaN;)
    f32.const -nan:0x7fffc0 (;=NaN;)
  )
  (func (;3;) (type 2) (result funcref)
    (local f64 f64 f64 f64 f64 f32 f32)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    ref.null extern
    ref.is_null
    i32.clz
    i32.clz
    if ;; label = @1
      call 1
      br 1
      f32.const -0x1.0836fcp+18 (;=-270555.94;)
      ref.null extern
      block (result externref) ;; label = @2
        block (result i64) ;; label = @3
          block ;; label = @4
            i64.const -4294967297
            br 3 (;@1;)
            f64.convert_i64_s
            block (result externref) ;; label = @5
              i32.const -16777217
              i32.const -67108864
              i32.rotl
              i32.extend8_s
              f32.const 0x1.fp-145 (;=0.000000000000000000000000000000000000000000043;)
              br 1 (;@4;)
              i32.trunc_f32_s
              br 4 (;@1;)
              br_if 4 (;@1;)
              br_table 1 (;@4;) 4 (;@1;) 4 (;@1;)
              i32.const 1777205410
              i32.const -273994520
              ref.null extern
              f64.const 0x1.p-1042 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002121995791;)
              f64.trunc
              local.tee 0
              f64.const nan (;=NaN;)
              local.get 0
              local.get 0
              f64.eq
              select
              f32.const -0x1.e3d47cp-84 (;=-0.000000000000000000000000097708694;)
              ref.null extern
              f32.const 0x1.bab728p+113 (;=17958672000000000000000000000000000;)
              i32.trunc_f32_u
              loop ;; label = @6
                global.get 4
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 4
                i32.const 1
                i32.sub
                global.set 4
                block (type 2) (result funcref) ;; label = @7
                  call 1
                  loop (result f64) ;; label = @8
                    global.get 4
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 4
                    i32.const 1
                    i32.sub
                    global.set 4
                    block (type 2) (result funcref) ;; label = @9
                      elem.drop 0
                      call 3
                      loop (type 2) (result funcref) ;; label = @10
                        global.get 4
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 4
                        i32.const 1
                        i32.sub
                        global.set 4
                        br 6 (;@4;)
                        loop (result i32) ;; label = @11
                          global.get 4
                          i32.eqz
                          if ;; label = @12
                            unreachable
                          end
                          global.get 4
                          i32.const 1
                          i32.sub
                          global.set 4
                          loop (type 2) (result funcref) ;; label = @12
                            global.get 4
                            i32.eqz
                            if ;; label = @13
                              unreachable
                            end
                            global.get 4
                            i32.const 1
                            i32.sub
                            global.set 4
                            br 1 (;@11;)
                            call 5
                            block (result i32) ;; label = @13
                              elem.drop 0
                              call 5
                              call 1
                              block ;; label = @14
                                i64.const 8388607
                                i64.clz
                                f64.reinterpret_i64
                                nop
                                br 2 (;@12;)
                                f64.const 0x1.fdfffffcp-1044 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001056853372;)
                                f64.add
                                local.tee 1
                                f64.const nan (;=NaN;)
                                local.get 1
                                local.get 1
                                f64.eq
                                select
                                f32.demote_f64
                                i32.const -33554432
                                i32.popcnt
                                i32.clz
                                br_if 13 (;@1;)
                                i64.trunc_f32_s
                                f64.convert_i64_u
                                i64.trunc_f64_u
                                i64.const -2421055162587251435
                                ref.null func
                                i64.const 32767
                                i64.eqz
                                i32.const -8388609
                                i32.div_u
                                f64.convert_i32_s
                                f32.const 0x1.p-139 (;=0.000000000000000000000000000000000000000001435;)
                                elem.drop 0
                                i64.trunc_sat_f32_s
                                i64.ctz
                                f64.convert_i64_u
                                f64.trunc
                                local.tee 2
                                f64.const nan (;=NaN;)
                                local.get 2
                                local.get 2
                                f64.eq
                                select
                                i64.trunc_sat_f64_s
                                ref.null func
                                br 7 (;@7;)
                                elem.drop 0
                                i64.clz
                                i64.ctz
                                ref.null func
                                block (result f32) ;; label = @15
                                  f64.const 0x1.69ed0857441acp-899 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000033451346664615637;)
                                  i32.const -711625115
                                  nop
                                  f64.const -nan:0xf000000000000 (;=NaN;)
                                  f64.ceil
                                  local.tee 3
                                  f64.const nan (;=NaN;)
                                  local.get 3
                                  local.get 3
                                  f64.eq
                                  select
                                  elem.drop 0
                                  f64.sqrt
                                  local.tee 4
                                  f64.const nan (;=NaN;)
                                  local.get 4
                                  local.get 4
                                  f64.eq
                                  select
                                  i64.reinterpret_f64
                                  block ;; label = @16
                                    block (result externref) ;; label = @17
                                      block ;; label = @18
                                        f64.const 0x1.p-1032 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000021729236899484;)
                                        elem.drop 0
                                        call 5
                                        br 7 (;@11;)
                                        f32.const 0x1.3c60a6p+30 (;=1326983600;)
                                        call 0
                                        f32.const 0x1p-111 (;=0.000000000000000000000000000000000385186;)
                                        block (type 2) (result funcref) ;; label = @19
                                          loop (result i32) ;; label = @20
                                            global.get 4
                                            i32.eqz
                                            if ;; label = @21
                                              unreachable
                                            end
                                            global.get 4
                                            i32.const 1
                                            i32.sub
                                            global.set 4
                                            f64.const -nan:0xffbffffffffff (;=NaN;)
                                            i64.const 8590597837613607502
                                            block (type 1) (param f64 i64) (result i32) ;; label = @21
                                              i64.popcnt
                                              i64.popcnt
                                              block ;; label = @22
                                                br 11 (;@11;)
                                                elem.drop 0
                                                loop (result i64) ;; label = @23
                                                  global.get 4
                                                  i32.eqz
                                                  if ;; label = @24
                                                    unreachable
                                                  end
                                                  global.get 4
                                                  i32.const 1
                                                  i32.sub
                                                  global.set 4
                                                  ref.null extern
                                                  call 0
                                                  f64.const 0x1.ffffp-1058 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000647577;)
                                                  f64.abs
                                                  i32.trunc_f64_u
                                                  f64.convert_i32_u
                                                  br 3 (;@20;)
                                                  i32.const 64
                                                  f32.reinterpret_i32
                                                  i64.trunc_f32_u
                                                  f32.const 0x1.fffffcp-127 (;=0.000000000000000000000000000000000000011754942;)
                                                  ref.null extern
                                                  call 1
                                                  call 5
                                                  i64.const 2251799813685247
                                                  i64.popcnt
                                                  i32.wrap_i64
                                                  f64.convert_i32_s
                                                  block (type 0) (param f64) (result f32 f32) ;; label = @24
                                                    ref.null extern
                                                    call 0
                                                    block ;; label = @25
                                                      f32.const 0x1.p-140 (;=0.000000000000000000000000000000000000000000717;)
                                                      f32.trunc
                                                      local.tee 5
                                                      f32.const nan (;=NaN;)
                                                      local.get 5
                                                      local.get 5
                                                      f32.eq
                                                      select
                                                      i32.trunc_f32_u
                                                      f64.const 0x1p-959 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000020522684006491881;)
                                                      elem.drop 0
                                                      i32.trunc_f64_s
                                                      block (result funcref) ;; label = @26
                                                        elem.drop 0
                                                        br 14 (;@12;)
                                                        i64.const 1099511627775
                                                        i32.const -864705491
                                                        i32.extend8_s
                                                        f32.const -0x1.982fap-62 (;=-0.00000000000000000034574702;)
                                                        f32.sqrt
                                                        local.tee 6
                                                        f32.const nan (;=NaN;)
                                                        local.get 6
                                                        local.get 6
                                                        f32.eq
                                                        select
                                                        f64.const -nan:0xfffffffffff7f (;=NaN;)
                                                        i32.const -513
                                                        loop ;; label = @27
                                                          global.get 4
                                                          i32.eqz
                                                          if ;; label = @28
                                                            unreachable
                                                          end
                                                          global.get 4
                                                          i32.const 1
                                                          i32.sub
                                                          global.set 4
                                                          i64.const 144115188075855871
                                                          global.get 1
                                                          i64.xor
                                                          global.set 1
                                                        end
                                                        global.get 0
                                                        i32.xor
                                                        global.set 0
                                                        i64.reinterpret_f64
                                                        global.get 2
                                                        i64.xor
                                                        global.set 2
                                                        i32.reinterpret_f32
                                                        global.get 3
                                                        i32.xor
                                                        global.set 3
                                                        global.get 0
                                                        i32.xor
                                                        global.set 0
                                                        global.get 1
                                                        i64.xor
                                                        global.set 1
                                                        ref.null func
                                                      end
                                                      drop
                                                      global.get 0
                                                      i32.xor
                                                      global.set 0
                                                      global.get 0
                                                      i32.xor
                                                      global.set 0
                                                    end
                                                    drop
                                                    drop
                                                    i64.reinterpret_f64
                                                    global.get 2
                                                    i64.xor
                                                    global.set 2
                                                    f32.const 0x1.33ff16p-112 (;=0.00000000000000000000000000000000023171076;)
                                                    f32.const -0x1.f45c76p-53 (;=-0.00000000000000021699707;)
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
                                                  drop
                                                  drop
                                                  i32.reinterpret_f32
                                                  global.get 3
                                                  i32.xor
                                                  global.set 3
                                                  global.get 1
                                                  i64.xor
                                                  global.set 1
                                                  i64.reinterpret_f64
                                                  global.get 2
                                                  i64.xor
                                                  global.set 2
                                                  drop
                                                  drop
                                                  i64.const -8192
                                                end
                                                global.get 1
                                                i64.xor
                                                global.set 1
                                              end
                                              global.get 1
                                              i64.xor
                                              global.set 1
                                              i64.reinterpret_f64
                                              global.get 2
                                              i64.xor
                                              global.set 2
                                              i32.const -482198546
                                            end
                                          end
                                          global.get 0
                                          i32.xor
                                          global.set 0
                                          ref.null func
                                        end
                                        drop
                                        i32.reinterpret_f32
                                        global.get 3
                                        i32.xor
                                        global.set 3
                                        drop
                                        i32.reinterpret_f32
                                        global.get 3
                                        i32.xor
                                        global.set 3
                                        drop
                                        i64.reinterpret_f64
                                        global.get 2
                                        i64.xor
                                        global.set 2
                                      end
                                      ref.null extern
                                    end
                                    drop
                                  end
                                  global.get 1
                                  i64.xor
                                  global.set 1
                                  global.get 0
                                  i32.xor
                                  global.set 0
                                  i64.reinterpret_f64
                                  global.get 2
                                  i64.xor
                                  global.set 2
                                  f32.const -nan:0x7f8000 (;=NaN;)
                                end
                                i32.reinterpret_f32
                                global.get 3
                                i32.xor
                                global.set 3
                                drop
                                global.get 1
                                i64.xor
                                global.set 1
                                i64.reinterpret_f64
                                global.get 2
                                i64.xor
                                global.set 2
                                drop
                                global.get 1
                                i64.xor
                                global.set 1
                                global.get 1
                                i64.xor
                                global.set 1
                              end
                              drop
                              drop
                              i32.const 64
                            end
                            global.get 0
                            i32.xor
                            global.set 0
                          end
                          drop
                          i32.const 661479975
                        end
                        global.get 0
                        i32.xor
                        global.set 0
                        ref.null func
                      end
                      drop
                    end
                    drop
                    f64.const -nan:0xfffffffffe000 (;=NaN;)
                  end
                  i64.reinterpret_f64
                  global.get 2
                  i64.xor
                  global.set 2
                end
                drop
              end
              global.get 0
              i32.xor
              global.set 0
              drop
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
              i64.reinterpret_f64
              global.get 2
              i64.xor
              global.set 2
              drop
              global.get 0
              i32.xor
              global.set 0
              global.get 0
              i32.xor
              global.set 0
              ref.null extern
            end
            drop
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
          end
          i64.const 2199023255552
        end
        global.get 1
        i64.xor
        global.set 1
        ref.null extern
      end
      drop
      drop
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
    end
    ref.null func
  )
  (func (;4;) (type 1) (param f64 i64) (result i32)
    (local f64)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    f32.const -0x1p+113 (;=-10384594000000000000000000000000000;)
    f32.abs
    f32.abs
    ref.null extern
    i32.const -1542917516
    i32.const 1240776381
    i32.shl
    block (result i64) ;; label = @1
      local.get 0
      f64.trunc
      local.tee 2
      f64.const nan (;=NaN;)
      local.get 2
      local.get 2
      f64.eq
      select
      i64.trunc_sat_f64_u
      i32.const -1123156116
      i64.extend_i32_u
      i64.shl
      i64.ctz
      local.tee 1
      f32.convert_i64_s
      i32.const 1149805603
      f64.convert_i32_u
      call 1
      ref.is_null
      i64.const 2492101090939744939
      i64.eqz
      i32.const -1974639233
      i32.extend8_s
      global.get 0
      i32.xor
      global.set 0
      global.get 0
      i32.xor
      global.set 0
      global.get 0
      i32.xor
      global.set 0
      i64.reinterpret_f64
      global.get 2
      i64.xor
      global.set 2
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
      i64.const -5
    end
    global.get 1
    i64.xor
    global.set 1
    global.get 0
    i32.xor
    global.set 0
    drop
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    i32.const -1034471479
  )
  (func (;5;) (type 2) (result funcref)
    (local f32 funcref f32)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    local.get 0
    f32.const -nan:0x7ff800 (;=NaN;)
    local.tee 0
    call 3
    ref.is_null
    select
    f32.floor
    local.tee 2
    f32.const nan (;=NaN;)
    local.get 2
    local.get 2
    f32.eq
    select
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    ref.null func
  )
)
