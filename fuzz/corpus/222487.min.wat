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
  (export "4" (func 4))
  (func (;0;) (type 2) (param i32) (result funcref f32)
    ref.null func
    f32.const 0x0p+0 (;=0;)
  )
  (func (;1;) (type 0) (param i32))
  (func (;2;) (type 0) (param i32))
  (func (;3;) (type 2) (param i32) (result funcref f32)
    ref.null func
    f32.const 0x0p+0 (;=0;)
  )
  (func (;4;) (type 2) (param i32) (result funcref f32)
    (local f64 f32 f64 f32 f64 f32)
    global.get 5
    if (type 1) (result f32) ;; label = @1
      i32.const 127
      call 3
      i32.trunc_sat_f32_s
      local.tee 0
      local.get 0
      i32.store16 offset=127530
      table.size 0
      f64.load offset=55298
      f64.const nan (;=NaN;)
      local.get 1
      local.get 1
      f64.eq
      select
      i64.const -3247384515136565107
      local.get 0
      i64.extend_i32_s
      f32.const -nan:0x7ffff7 (;=NaN;)
      i64.const 1229782938247303441
      f64.reinterpret_i64
      local.get 0
      i64.load32_u offset=127597 align=2
      f32.convert_i64_s
      f32.const nan (;=NaN;)
      local.get 2
      local.get 2
      f32.eq
      select
      f64.const -0x1.575735f1faefep-677 (;=-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000021388396009513556;)
      f64.const nan (;=NaN;)
      local.get 3
      local.get 3
      f64.eq
      select
      f32.demote_f64
      f32.ge
      global.set 1
      i64.reinterpret_f64
      global.set 4
      i32.reinterpret_f32
      global.set 3
      i64.xor
      global.set 2
      i64.reinterpret_f64
      global.set 4
      drop
      f32.const 0x1.fffcp-135 (;=0.000000000000000000000000000000000000000045916;)
    else
      f32.const 0x1.a7b39p+64 (;=30530905000000000000;)
    end
    i32.reinterpret_f32
    global.set 3
    ref.null func
    f32.const 0x1.36947ap+37 (;=166741360000;)
  )
  (data (;0;) (i32.const 1) "\89\ec\dc@\d5C")
)
