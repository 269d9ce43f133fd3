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
  (export "" (func 1))
  (export "0" (global 1))
  (func (;0;) (type 1) (param i32 f32))
  (func (;1;) (type 1) (param i32 f32)
    (local f32 f32 f32 f64 f64 f64 f64 f32 f64)
    global.get 5
    local.get 1
    table.size 1
    i64.const 65535
    f32.convert_i64_u
    table.size 1
    if (type 1) (param i32 f32) ;; label = @1
      f32.const nan (;=NaN;)
      local.get 3
      local.get 3
      f32.eq
      select
      call 3
    else
      i32.trunc_sat_f32_s
      block ;; label = @2
      end
      i32.xor
      global.set 2
    end
    i32.reinterpret_f32
    global.set 1
    global.set 2
  )
  (func (;2;) (type 1) (param i32 f32))
  (func (;3;) (type 1) (param i32 f32))
)
