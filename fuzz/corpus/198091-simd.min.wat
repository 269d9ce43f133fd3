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
    global.set 7
    local.get 2
    ref.null func
    loop (result f64) ;; label = @1
      global.get 7
      f32.reinterpret_i32
      i32.const -1073741825
      i16x8.splat
      ref.null func
      f64.const 0x1.2e99c2e2bafebp-576 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004779168690048737;)
      f64.const 0x1.p-1034 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000543230922487;)
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
      i64x2.bitmask
      i64.load8_u offset=56534
      i32.const 1073741824
      i16x8.splat
      memory.size
      f64.const -0x1.b29ae604ead4cp+251 (;=-6143045570854488000000000000000000000000000000000000000000000000000000000000;)
      i64.reinterpret_f64
      f32.convert_i64_u
      i64.trunc_f32_s
      i64.store16 offset=21731
      i16x8.bitmask
      i64.load offset=30311 align=2
      i64.sub
      f64.convert_i64_s
      global.get 1
      ref.is_null
      i64.extend_i32_s
      loop (result f32) ;; label = @2
        global.get 7
        br_table 0 (;@2;) 1 (;@1;) 1 (;@1;)
      end
      i32.reinterpret_f32
      global.set 6
      global.set 3
      i64.reinterpret_f64
      global.set 5
      drop
      i64.reinterpret_f64
      global.set 5
      global.set 4
      i64.reinterpret_f64
      global.set 5
      i64.reinterpret_f64
      global.set 5
      drop
      global.set 2
      i32.reinterpret_f32
      global.set 6
      f64.const 0x1.ffffffp-1050 (;=0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000165780916;)
    end
    i64.reinterpret_f64
    global.set 5
    drop
    i32.reinterpret_f32
    v128.const i32x4 0x74e01ff6 0x6a3dc595 0x13355949 0x59c4a4be
    v128.const i32x4 0xceea198c 0xf1854fe1 0x51bb8c52 0x8f923836
  )
  (func (;1;) (type 0) (param i64 f64 f32) (result i32 v128 v128)
    i32.const 0
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  )
  (func (;2;) (type 2) (param i64 v128))
  (func (;3;) (type 0) (param i64 f64 f32) (result i32 v128 v128)
    i32.const 0
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  )
)
