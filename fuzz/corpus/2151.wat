(module
  (type (;0;) (func (param externref)))
  (memory (;0;) 3 7)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (global (;4;) (mut i32) i32.const 500)
  (export "" (func 0))
  (export "1" (func 1))
  (export "2" (func 2))
  (export "3" (func 3))
  (export "4" (func 4))
  (export "5" (memory 0))
  (export "6" (global 0))
  (export "7" (global 1))
  (export "\u{18}\u{e}" (global 2))
  (export "\u{9}" (global 3))
  (func (;0;) (type 0) (param externref)
    (local i64 f32)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    br 0
    i32.const 1313856291
    i32.ctz
    f32.convert_i32_s
    memory.size
    i64.load32_s offset=126064 align=1
    f64.const 0x1.p-1062 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000020237;)
    f32.const -0x1.94517ap+125 (;=-67178895000000000000000000000000000000;)
    f64.const -nan:0xfffff7fffffff (;=NaN;)
    i32.trunc_f64_s
    i64.load8_u offset=36573
    i32.const -1390972579
    i64.load offset=50431 align=1
    i64.rem_u
    i32.wrap_i64
    i64.load32_u offset=112717 align=1
    memory.size
    f32.load offset=136931
    i64.trunc_sat_f32_s
    block ;; label = @1
    end
    f32.convert_i64_s
    i32.trunc_f32_s
    i64.load offset=53708 align=1
    i64.ge_u
    i32.eqz
    i64.load8_s offset=117139
    i64.clz
    i64.popcnt
    f64.reinterpret_i64
    i64.trunc_f64_s
    f64.convert_i64_u
    i32.trunc_f64_u
    i32.load16_s offset=178405
    f64.convert_i32_s
    nop
    f64.neg
    f64.neg
    block (result f32) ;; label = @1
      block ;; label = @2
        block (result i64) ;; label = @3
          br 3
          block (result i64) ;; label = @4
            memory.size
            i64.load16_s offset=81994 align=1
            memory.size
            i64.extend_i32_u
            f32.const 0x1.ff8p-140 (;=0.000000000000000000000000000000000000000001434;)
            br 3 (;@1;)
            i32.const -2147483648
            i32.load16_u offset=32258 align=1
            i64.const -8755138113807098621
            local.set 1
            f64.load offset=35366 align=1
            local.get 0
            i64.const 605342093445753638
            local.set 1
            local.get 0
            block (result f64) ;; label = @5
              block (result i32) ;; label = @6
                loop (result i32) ;; label = @7
                  global.get 4
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 4
                  i32.const 1
                  i32.sub
                  global.set 4
                  f32.const 0x1.ff8p-140 (;=0.000000000000000000000000000000000000000001434;)
                  f32.nearest
                  local.tee 2
                  f32.const nan (;=NaN;)
                  local.get 2
                  local.get 2
                  f32.eq
                  select
                  i64.trunc_sat_f32_s
                  i32.const -1752079222
                  i64.load8_u offset=137293
                  f64.const 0x1.098bc3caa9608p+288 (;=515867868747602000000000000000000000000000000000000000000000000000000000000000000000000;)
                  i32.trunc_f64_s
                  block (result f64) ;; label = @8
                    loop (result f64) ;; label = @9
                      global.get 4
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 4
                      i32.const 1
                      i32.sub
                      global.set 4
                      nop
                      i64.const -65
                      f32.const 0x1.971128p-56 (;=0.000000000000000022067147;)
                      br 9
                      i64.trunc_f32_u
                      f64.const -0x1.a002f7bd5d7c2p-612 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000009561105741309744;)
                      i64.const 36028797018963968
                      local.get 0
                      block (result funcref) ;; label = @10
                        block ;; label = @11
                          i64.const -1604944729379758975
                          i64.clz
                          br 9 (;@2;)
                          i64.extend32_s
                          i64.extend32_s
                          f64.const -nan:0xfffc000000000 (;=NaN;)
                          memory.size
                          f64.convert_i32_s
                          f32.const 0x1.44572ap-102 (;=0.00000000000000000000000000000024986282;)
                          local.get 1
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
                            i32.const -884138167
                            i32.load16_s offset=193753
                            block (result i64) ;; label = @13
                              ref.null func
                              loop (result i32) ;; label = @14
                                global.get 4
                                i32.eqz
                                if ;; label = @15
                                  unreachable
                                end
                                global.get 4
                                i32.const 1
                                i32.sub
                                global.set 4
                                block (result f64) ;; label = @15
                                  i32.const -1928278551
                                  i32.popcnt
                                  i64.load8_u offset=53007
                                  f32.convert_i64_u
                                  i64.trunc_sat_f32_s
                                  return
                                  i64.popcnt
                                  i32.const -1988725557
                                  loop ;; label = @16
                                    global.get 4
                                    i32.eqz
                                    if ;; label = @17
                                      unreachable
                                    end
                                    global.get 4
                                    i32.const 1
                                    i32.sub
                                    global.set 4
                                    ref.null extern
                                    br 14 (;@2;)
                                    call 2
                                  end
                                  global.get 0
                                  i32.xor
                                  global.set 0
                                  global.get 1
                                  i64.xor
                                  global.set 1
                                  f64.const -0x0p+0 (;=-0;)
                                end
                                i64.reinterpret_f64
                                global.get 2
                                i64.xor
                                global.set 2
                                i32.const 325498777
                              end
                              global.get 0
                              i32.xor
                              global.set 0
                              drop
                              i64.const 274892662864577995
                            end
                            global.get 1
                            i64.xor
                            global.set 1
                            global.get 0
                            i32.xor
                            global.set 0
                          end
                          global.get 1
                          i64.xor
                          global.set 1
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
                          global.get 1
                          i64.xor
                          global.set 1
                        end
                        ref.null func
                      end
                      drop
                      drop
                      global.get 1
                      i64.xor
                      global.set 1
                      i64.reinterpret_f64
                      global.get 2
                      i64.xor
                      global.set 2
                      global.get 1
                      i64.xor
                      global.set 1
                      global.get 1
                      i64.xor
                      global.set 1
                      f64.const -0x1.83d3d0191a821p-791 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001163247014469685;)
                    end
                  end
                  i64.reinterpret_f64
                  global.get 2
                  i64.xor
                  global.set 2
                  global.get 0
                  i32.xor
                  global.set 0
                  global.get 1
                  i64.xor
                  global.set 1
                  global.get 1
                  i64.xor
                  global.set 1
                  i32.const -971139849
                end
              end
              global.get 0
              i32.xor
              global.set 0
              f64.const 0x1.p-1030 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008691694759794;)
            end
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            drop
            drop
            i64.reinterpret_f64
            global.get 2
            i64.xor
            global.set 2
            global.get 1
            i64.xor
            global.set 1
          end
        end
        global.get 1
        i64.xor
        global.set 1
      end
      f32.const 0x1.fca7cp+25 (;=66670464;)
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
    global.get 1
    i64.xor
    global.set 1
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
  )
  (func (;1;) (type 0) (param externref)
    (local i32 f32)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    loop (result f32) ;; label = @1
      global.get 4
      i32.eqz
      if ;; label = @2
        unreachable
      end
      global.get 4
      i32.const 1
      i32.sub
      global.set 4
      nop
      i32.const 1223472093
      f64.convert_i32_u
      loop (result funcref) ;; label = @2
        global.get 4
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 4
        i32.const 1
        i32.sub
        global.set 4
        block (result i32) ;; label = @3
          memory.size
          i64.extend_i32_u
          f64.reinterpret_i64
          f64.const -0x1.eabe595a3e99ap-573 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006200505831323479;)
          f32.demote_f64
          i64.trunc_sat_f32_u
          i32.wrap_i64
          local.get 1
          i32.sub
          local.get 1
          f64.const 0x1.p-1069 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000016;)
          i64.trunc_f64_u
          i64.ctz
          i64.store32 offset=190684 align=2
          f32.const 0x1.ffcp-139 (;=0.000000000000000000000000000000000000000002868;)
          f32.floor
          local.tee 2
          f32.const nan (;=NaN;)
          local.get 2
          local.get 2
          f32.eq
          select
          i32.trunc_sat_f32_u
          i32.eq
          i64.load32_s offset=163668
          f64.convert_i64_s
          i64.trunc_f64_s
          memory.size
          i32.load16_u offset=151767
          i32.load16_s offset=52923
          i64.extend_i32_s
          f64.const 0x1.5b53c53297298p-533 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000048251539650547345;)
          i64.const 549755813887
          memory.size
          memory.grow
          i32.load16_u offset=50830 align=1
          if ;; label = @4
            memory.size
            br_if 0 (;@4;)
            ref.null extern
            call 1
            ref.null extern
            local.tee 0
            block ;; label = @5
            end
            i32.const 10402801
            i64.load16_s offset=159501
            i64.const 17179869183
            i64.shr_s
            i32.wrap_i64
            i32.load16_u offset=154004 align=1
            i64.load32_s offset=19675 align=1
            i64.popcnt
            block (result funcref) ;; label = @5
              i32.const -1139830137
              i64.load16_s offset=146092 align=1
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
                block ;; label = @7
                  f64.const 0x1.p-1058 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000032379;)
                  br 5 (;@2;)
                  memory.size
                  i64.load offset=139850 align=1
                  i64.const -70368744177665
                  global.get 1
                  i64.xor
                  global.set 1
                  global.get 1
                  i64.xor
                  global.set 1
                  i64.reinterpret_f64
                  global.get 2
                  i64.xor
                  global.set 2
                end
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
            drop
          end
          global.get 1
          i64.xor
          global.set 1
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          global.get 1
          i64.xor
          global.set 1
          global.get 1
          i64.xor
          global.set 1
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          i32.const -889196528
        end
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
      f32.const 0x1.273554p-42 (;=0.00000000000026219765;)
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
  )
  (func (;2;) (type 0) (param externref)
    (local i64 f64 f64 f64)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    f32.const -0x1.245d42p+92 (;=-5655148000000000000000000000;)
    f64.promote_f32
    f64.neg
    f64.sqrt
    local.tee 2
    f64.const nan (;=NaN;)
    local.get 2
    local.get 2
    f64.eq
    select
    i64.trunc_sat_f64_u
    f64.convert_i64_s
    f64.neg
    f64.const 0x1.p-1058 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000032379;)
    memory.size
    i32.const 411824835
    i32.const -1275068416
    i32.le_s
    i32.eq
    i64.load32_s offset=113686 align=2
    i64.eqz
    i32.const 1491343709
    i32.store offset=21081 align=1
    f64.const -0x1.72bc285331747p-992 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003459934785627115;)
    f64.mul
    local.tee 3
    f64.const nan (;=NaN;)
    local.get 3
    local.get 3
    f64.eq
    select
    br 0
    memory.size
    ref.null func
    f32.const 0x1.7ffcp-132 (;=0.000000000000000000000000000000000000000275495;)
    f32.abs
    f32.abs
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
      local.get 0
      local.tee 0
      f32.const 0x1.7ffep-132 (;=0.000000000000000000000000000000000000000275501;)
      i32.const -1564667672
      local.get 0
      i32.const 1529139728
      i32.load8_u offset=116504
      i32.load offset=191005 align=2
      i32.load8_s offset=5366
      loop (result i32) ;; label = @2
        global.get 4
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 4
        i32.const 1
        i32.sub
        global.set 4
        br 2
        loop ;; label = @3
          global.get 4
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 4
          i32.const 1
          i32.sub
          global.set 4
          f64.const -0x1.7f7c1d88bb1e8p+48 (;=-421646024882974.5;)
          i32.trunc_f64_s
          i64.load offset=164130
          i32.wrap_i64
          f32.const 0x1.924382p+12 (;=6436.219;)
          i32.trunc_f32_u
          i32.clz
          i32.mul
          i32.ctz
          f32.load offset=108096 align=1
          i32.trunc_sat_f32_u
          local.get 1
          i64.extend16_s
          f64.const 0x1.571cd17e2dc67p+897 (;=1416128868314628400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          f64.abs
          f64.trunc
          local.tee 4
          f64.const nan (;=NaN;)
          local.get 4
          local.get 4
          f64.eq
          select
          i64.const -6103947640302594130
          f64.convert_i64_u
          memory.size
          i32.load8_u offset=44357
          br 2 (;@1;)
          i64.load offset=194302
          i64.extend32_s
          i64.ctz
          i64.extend32_s
          i64.extend32_s
          i32.wrap_i64
          memory.size
          i32.le_u
          i32.load8_s offset=166305
          i32.ctz
          memory.grow
          i64.load8_s offset=164317
          f64.reinterpret_i64
          i64.trunc_f64_s
          i64.extend16_s
          local.tee 1
          i64.const 4500792465638375772
          loop (result funcref) ;; label = @4
            global.get 4
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 4
            i32.const 1
            i32.sub
            global.set 4
            memory.size
            br_if 3 (;@1;)
            f64.const nan (;=NaN;)
            f64.neg
            i64.const -2199023255552
            i32.wrap_i64
            i32.load offset=296868
            br 4
            i32.load8_u offset=113517
            f64.load offset=21895 align=2
            f64.abs
            i64.trunc_sat_f64_u
            f32.convert_i64_u
            i64.trunc_f32_s
            i64.extend16_s
            local.get 0
            br 4
            br 3 (;@1;)
            local.set 0
            i64.eqz
            i64.load32_u offset=137696 align=2
            local.tee 1
            local.set 1
            i64.const 1708744988428145273
            local.get 1
            i64.eq
            i64.load8_u offset=192294
            i64.clz
            f32.convert_i64_u
            i64.trunc_f32_u
            loop (result funcref) ;; label = @5
              global.get 4
              i32.eqz
              if ;; label = @6
                unreachable
              end
              global.get 4
              i32.const 1
              i32.sub
              global.set 4
              i32.const -2138113812
              global.get 0
              i32.xor
              global.set 0
              ref.null func
            end
            drop
            global.get 1
            i64.xor
            global.set 1
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
          global.get 1
          i64.xor
          global.set 1
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
          global.get 0
          i32.xor
          global.set 0
        end
        i32.const -249835221
      end
      global.get 0
      i32.xor
      global.set 0
      global.get 0
      i32.xor
      global.set 0
      drop
      global.get 0
      i32.xor
      global.set 0
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
      drop
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    drop
    global.get 0
    i32.xor
    global.set 0
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
    i64.reinterpret_f64
    global.get 2
    i64.xor
    global.set 2
  )
  (func (;3;) (type 0) (param externref)
    (local funcref f32 f64 f32 f64)
    global.get 4
    i32.eqz
    if ;; label = @1
      unreachable
    end
    global.get 4
    i32.const 1
    i32.sub
    global.set 4
    f64.const 0x1.p-1074 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005;)
    i32.trunc_f64_s
    i32.load16_u offset=165142 align=1
    f32.convert_i32_u
    f32.floor
    local.tee 2
    f32.const nan (;=NaN;)
    local.get 2
    local.get 2
    f32.eq
    select
    local.get 1
    f32.const 0x1.8008p-132 (;=0.000000000000000000000000000000000000000275529;)
    f32.neg
    block ;; label = @1
      br 0 (;@1;)
      i32.const -536870912
      local.get 0
      local.get 0
      loop (result i32) ;; label = @2
        global.get 4
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 4
        i32.const 1
        i32.sub
        global.set 4
        local.get 1
        memory.size
        i64.load offset=59416
        f32.convert_i64_s
        block (result externref) ;; label = @3
          f64.const -0x1.6648c1e648176p-824 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001251040227279834;)
          f64.ceil
          local.tee 3
          f64.const nan (;=NaN;)
          local.get 3
          local.get 3
          f64.eq
          select
          memory.size
          memory.size
          i32.and
          local.get 0
          memory.size
          f32.reinterpret_i32
          ref.null extern
          loop (type 0) (param externref) ;; label = @4
            global.get 4
            i32.eqz
            if ;; label = @5
              unreachable
            end
            global.get 4
            i32.const 1
            i32.sub
            global.set 4
            ref.null func
            ref.is_null
            if ;; label = @5
              i32.const -1752568391
              i32.load16_u offset=61936 align=1
              i64.load32_s offset=390834
              i64.extend8_s
              br 0 (;@5;)
              i64.const -131073
              i64.le_u
              br 5
              i64.load32_u offset=89579
              f32.convert_i64_u
              i64.trunc_f32_s
              ref.null func
              block ;; label = @6
                loop (result externref) ;; label = @7
                  global.get 4
                  i32.eqz
                  if ;; label = @8
                    unreachable
                  end
                  global.get 4
                  i32.const 1
                  i32.sub
                  global.set 4
                  f32.const 0x1.p-130 (;=0.000000000000000000000000000000000000000734684;)
                  f32.trunc
                  local.tee 4
                  f32.const nan (;=NaN;)
                  local.get 4
                  local.get 4
                  f32.eq
                  select
                  i32.const -1164544822
                  i32.extend16_s
                  i32.load8_s offset=187192
                  i64.const -64
                  br 1 (;@6;)
                  i64.extend16_s
                  i32.const -547864679
                  i32.load16_u offset=151188
                  i64.load8_s offset=55256
                  i64.gt_s
                  f32.const 0x1.fffffep+0 (;=1.9999999;)
                  br 7
                  f64.promote_f32
                  f64.sqrt
                  local.tee 5
                  f64.const nan (;=NaN;)
                  local.get 5
                  local.get 5
                  f64.eq
                  select
                  ref.null extern
                  f32.const 0x1.cp-147 (;=0.00000000000000000000000000000000000000000001;)
                  loop (result funcref) ;; label = @8
                    global.get 4
                    i32.eqz
                    if ;; label = @9
                      unreachable
                    end
                    global.get 4
                    i32.const 1
                    i32.sub
                    global.set 4
                    f64.const -0x1.8b6c333eb3b51p-584 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002439518505115639;)
                    local.get 1
                    f32.const 0x1.8p-132 (;=0.000000000000000000000000000000000000000275506;)
                    f64.const 0x1.901fac573328ap-907 (;=0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000014446021904774077;)
                    i32.trunc_f64_s
                    i32.const -1747646535
                    f64.convert_i32_u
                    local.get 0
                    loop (result i64) ;; label = @9
                      global.get 4
                      i32.eqz
                      if ;; label = @10
                        unreachable
                      end
                      global.get 4
                      i32.const 1
                      i32.sub
                      global.set 4
                      loop (result f32) ;; label = @10
                        global.get 4
                        i32.eqz
                        if ;; label = @11
                          unreachable
                        end
                        global.get 4
                        i32.const 1
                        i32.sub
                        global.set 4
                        f64.const 0x1.7fff8p-1057 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000097137;)
                        ref.null func
                        local.get 0
                        f32.const -0x1.a536cap+46 (;=-115782430000000;)
                        br 8 (;@2;)
                        f32.const 0x1.aaaaaap+43 (;=14660155000000;)
                        i32.const 16383
                        select
                        i64.const 68719476736
                        f32.const -nan:0x7ffffd (;=NaN;)
                        i32.reinterpret_f32
                        global.get 3
                        i32.xor
                        global.set 3
                        global.get 1
                        i64.xor
                        global.set 1
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
                        f32.const -0x1p+65 (;=-36893490000000000000;)
                      end
                      i32.reinterpret_f32
                      global.get 3
                      i32.xor
                      global.set 3
                      i64.const 4503599627370495
                    end
                    global.get 1
                    i64.xor
                    global.set 1
                    drop
                    i64.reinterpret_f64
                    global.get 2
                    i64.xor
                    global.set 2
                    global.get 0
                    i32.xor
                    global.set 0
                    i32.reinterpret_f32
                    global.get 3
                    i32.xor
                    global.set 3
                    drop
                    i64.reinterpret_f64
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
                  drop
                  i64.reinterpret_f64
                  global.get 2
                  i64.xor
                  global.set 2
                  global.get 0
                  i32.xor
                  global.set 0
                  global.get 0
                  i32.xor
                  global.set 0
                  i32.reinterpret_f32
                  global.get 3
                  i32.xor
                  global.set 3
                  ref.null extern
                end
                drop
              end
              drop
              global.get 1
              i64.xor
              global.set 1
            end
            drop
          end
          i32.reinterpret_f32
          global.get 3
          i32.xor
          global.set 3
          drop
          global.get 0
          i32.xor
          global.set 0
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
          ref.null extern
        end
        drop
        i32.reinterpret_f32
        global.get 3
        i32.xor
        global.set 3
        drop
        i32.const -435564293
      end
      global.get 0
      i32.xor
      global.set 0
      drop
      drop
      global.get 0
      i32.xor
      global.set 0
    end
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
    drop
    i32.reinterpret_f32
    global.get 3
    i32.xor
    global.set 3
  )
  (func (;4;) (type 0) (param externref)
    (local f32 f64 f64 f64 f32 f32 f64 f64 f32)
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
    br 0
    local.tee 0
    f32.const 0x1.8001p-132 (;=0.000000000000000000000000000000000000000275509;)
    f32.trunc
    local.tee 1
    f32.const nan (;=NaN;)
    local.get 1
    local.get 1
    f32.eq
    select
    i64.trunc_sat_f32_s
    i64.clz
    f64.reinterpret_i64
    br 0
    f64.nearest
    local.tee 2
    f64.const nan (;=NaN;)
    local.get 2
    local.get 2
    f64.eq
    select
    f64.const 0x1.f3dad3a4ae55cp+80 (;=2360497515665943100000000;)
    f64.gt
    i32.load8_u offset=133760
    block ;; label = @1
      memory.size
      f32.load offset=150679 align=1
      f32.neg
      i64.const -128
      f64.const 0x1.7f5054d8a2c84p+899 (;=6328205669464664000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
      loop (result f32) ;; label = @2
        global.get 4
        i32.eqz
        if ;; label = @3
          unreachable
        end
        global.get 4
        i32.const 1
        i32.sub
        global.set 4
        loop ;; label = @3
          global.get 4
          i32.eqz
          if ;; label = @4
            unreachable
          end
          global.get 4
          i32.const 1
          i32.sub
          global.set 4
        end
        return
        f64.const -0x1.ac3790b1ae908p-262 (;=-0.00000000000000000000000000000000000000000000000000000000000000000000000000000022571744603500403;)
        i64.trunc_sat_f64_s
        ref.null func
        nop
        local.get 0
        memory.size
        local.get 0
        ref.is_null
        block ;; label = @3
          block (result f64) ;; label = @4
            ref.null extern
            local.tee 0
            loop (type 0) (param externref) ;; label = @5
              global.get 4
              i32.eqz
              if ;; label = @6
                unreachable
              end
              global.get 4
              i32.const 1
              i32.sub
              global.set 4
              f32.const -0x1.2346a2p-76 (;=-0.000000000000000000000015058612;)
              br 4 (;@1;)
              loop (result i64) ;; label = @6
                global.get 4
                i32.eqz
                if ;; label = @7
                  unreachable
                end
                global.get 4
                i32.const 1
                i32.sub
                global.set 4
                block ;; label = @7
                  memory.size
                  i64.load16_u offset=179604 align=1
                  i32.const -1344178196
                  f32.convert_i32_u
                  i32.trunc_sat_f32_u
                  i64.const 1048576
                  i64.clz
                  local.get 0
                  memory.size
                  i64.load16_s offset=90545 align=1
                  i64.const -32
                  i64.ge_u
                  br_if 6 (;@1;)
                  br 2 (;@5;)
                  i64.const -32768
                  i64.ge_u
                  i32.eqz
                  i32.rotr
                  i64.load32_s offset=177746 align=1
                  local.get 0
                  local.tee 0
                  memory.size
                  i64.load16_s offset=127619 align=1
                  i64.popcnt
                  f32.const 0x1.e1ee2cp-126 (;=0.000000000000000000000000000000000000022129157;)
                  i32.trunc_f32_u
                  f32.convert_i32_s
                  block (result i64) ;; label = @8
                    br 8
                    block ;; label = @9
                      block (result i64) ;; label = @10
                        f64.const 0x1.p-1024 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005562684646268003;)
                        f64.floor
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
                        block ;; label = @11
                          i32.const 2048
                          f32.convert_i32_u
                          i32.trunc_sat_f32_s
                          f64.load offset=44202 align=4
                          local.get 0
                          ref.null extern
                          nop
                          ref.is_null
                          f64.convert_i32_u
                          f32.demote_f64
                          ref.null extern
                          local.get 0
                          call 2
                          local.tee 0
                          block ;; label = @12
                            f32.const 0x1.38f51p-85 (;=0.00000000000000000000000003160061;)
                            f32.nearest
                            local.tee 5
                            f32.const nan (;=NaN;)
                            local.get 5
                            local.get 5
                            f32.eq
                            select
                            i32.trunc_f32_u
                            i32.load offset=154301 align=2
                            memory.grow
                            i32.load16_s offset=49849 align=1
                            f32.const 0x1.fffff8p-128 (;=0.00000000000000000000000000000000000000587747;)
                            f32.floor
                            local.tee 6
                            f32.const nan (;=NaN;)
                            local.get 6
                            local.get 6
                            f32.eq
                            select
                            block ;; label = @13
                              memory.size
                              i32.load8_s offset=167230
                              i32.load8_s offset=115931
                              i64.load8_u offset=169838
                              i64.ctz
                              i64.popcnt
                              i64.ctz
                              i64.extend32_s
                              local.get 0
                              memory.size
                              loop (result i64) ;; label = @14
                                global.get 4
                                i32.eqz
                                if ;; label = @15
                                  unreachable
                                end
                                global.get 4
                                i32.const 1
                                i32.sub
                                global.set 4
                                br 7 (;@7;)
                                block ;; label = @15
                                  br 12 (;@3;)
                                  br 2 (;@13;)
                                end
                                i64.const -2097152
                                f32.const 0x1.p-138 (;=0.00000000000000000000000000000000000000000287;)
                                i64.trunc_sat_f32_u
                                i64.extend16_s
                                i64.div_u
                                f64.const 0x1.694c0e78fe033p+576 (;=349061545952634700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
                                f64.floor
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
                                i64.trunc_sat_f64_u
                                i64.gt_s
                                i64.load16_u offset=119615
                                i64.popcnt
                                f32.convert_i64_u
                                f32.sqrt
                                local.tee 9
                                f32.const nan (;=NaN;)
                                local.get 9
                                local.get 9
                                f32.eq
                                select
                                i32.const 1262392399
                                f64.convert_i32_s
                                i32.trunc_sat_f64_u
                                if ;; label = @15
                                  loop ;; label = @16
                                    global.get 4
                                    i32.eqz
                                    if ;; label = @17
                                      unreachable
                                    end
                                    global.get 4
                                    i32.const 1
                                    i32.sub
                                    global.set 4
                                    br 2 (;@14;)
                                    ref.null func
                                    br 15 (;@1;)
                                    local.get 0
                                    i32.const 1490506760
                                    br 7 (;@9;)
                                    i32.load offset=63249 align=2
                                    i64.load32_s offset=144887
                                    ref.null extern
                                    i32.const 425006805
                                    i32.load offset=112282 align=1
                                    i64.load8_u offset=9207
                                    global.get 1
                                    i64.xor
                                    global.set 1
                                    drop
                                    global.get 1
                                    i64.xor
                                    global.set 1
                                    drop
                                    drop
                                  end
                                end
                                i32.reinterpret_f32
                                global.get 3
                                i32.xor
                                global.set 3
                                i64.const 8766329896010474507
                              end
                              global.get 1
                              i64.xor
                              global.set 1
                              global.get 0
                              i32.xor
                              global.set 0
                              drop
                              global.get 1
                              i64.xor
                              global.set 1
                            end
                            i32.reinterpret_f32
                            global.get 3
                            i32.xor
                            global.set 3
                            global.get 0
                            i32.xor
                            global.set 0
                          end
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
                        i64.reinterpret_f64
                        global.get 2
                        i64.xor
                        global.set 2
                        i64.const 35184372088831
                      end
                      global.get 1
                      i64.xor
                      global.set 1
                    end
                    i64.const -1521233140117112879
                  end
                  global.get 1
                  i64.xor
                  global.set 1
                  i32.reinterpret_f32
                  global.get 3
                  i32.xor
                  global.set 3
                  global.get 1
                  i64.xor
                  global.set 1
                  drop
                  global.get 1
                  i64.xor
                  global.set 1
                  global.get 1
                  i64.xor
                  global.set 1
                end
                i64.const 4379452460205720667
              end
              global.get 1
              i64.xor
              global.set 1
              i32.reinterpret_f32
              global.get 3
              i32.xor
              global.set 3
              drop
            end
            f64.const -0x1.b0e900a7ff109p+126 (;=-143859078164291030000000000000000000000;)
          end
          i64.reinterpret_f64
          global.get 2
          i64.xor
          global.set 2
        end
        global.get 0
        i32.xor
        global.set 0
        global.get 0
        i32.xor
        global.set 0
        drop
        drop
        global.get 1
        i64.xor
        global.set 1
        f32.const 0x1.ffff8p-132 (;=0.00000000000000000000000000000000000000036734;)
      end
      drop
      i64.reinterpret_f64
      global.get 2
      i64.xor
      global.set 2
      global.get 1
      i64.xor
      global.set 1
      i32.reinterpret_f32
      global.get 3
      i32.xor
      global.set 3
    end
    global.get 0
    i32.xor
    global.set 0
    drop
  )
)
