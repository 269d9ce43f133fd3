(module
  (type (;0;) (func (param f64) (result f32 f32)))
  (type (;1;) (func (param f64 i64) (result i32)))
  (type (;2;) (func (result funcref)))
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (global (;4;) (mut i32) i32.const 500)
  (export "5" (func 5))
  (export "9" (global 3))
  (elem (;0;) externref)
  (func (;0;) (type 2) (result funcref)
    ref.null func
  )
  (func (;1;) (type 2) (result funcref)
    ref.null func
  )
  (func (;2;) (type 0) (param f64) (result f32 f32)
    f32.const 0x0p+0 (;=0;)
    f32.const 0x0p+0 (;=0;)
  )
  (func (;3;) (type 2) (result funcref)
    ref.null func
  )
  (func (;4;) (type 1) (param f64 i64) (result i32)
    i32.const 0
  )
  (func (;5;) (type 2) (result funcref)
    (local f32 funcref f32)
    global.get 4
    global.set 4
    local.get 0
    f32.const -nan:0x7ff800 (;=NaN;)
    call 3
    ref.is_null
    select
    i32.reinterpret_f32
    global.set 3
    ref.null func
  )
)
