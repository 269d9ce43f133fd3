(module
  (type (;0;) (func))
  (type (;1;) (func))
  (type (;2;) (func (param i64)))
  (type (;3;) (func))
  (type (;4;) (func (param externref i64 i32) (result v128 f32)))
  (table (;0;) 0 998 funcref)
  (table (;1;) 0 112 externref)
  (table (;2;) 912 914 funcref)
  (memory (;0;) 15 15)
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut i32) i32.const 0)
  (global (;4;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;5;) (mut i32) i32.const 500)
  (export "3" (func 3))
  (export "11" (global 2))
  (func (;0;) (type 3))
  (func (;1;) (type 1))
  (func (;2;) (type 1))
  (func (;3;) (type 4) (param externref i64 i32) (result v128 f32)
    (local v128)
    global.get 5
    f64.convert_i32_u
    memory.size
    f32.convert_i32_u
    i64.trunc_f32_u
    local.tee 1
    local.get 0
    i64.const -2557185465417627628
    loop (type 2) (param i64) ;; label = @1
      global.get 5
      f64.convert_i32_u
      i64.reinterpret_f64
      i64.xor
      global.set 2
    end
    drop
    global.set 2
    i64.reinterpret_f64
    global.set 0
    v128.const i32x4 0x8abae222 0x3b6d9c35 0x696e943f 0xeefeec3d
    f32.const 0x1.p-139 (;=0.000000000000000000000000000000000000000001435;)
  )
  (func (;4;) (type 2) (param i64))
)
