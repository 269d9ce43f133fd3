(module
  (type (;0;) (func (result i32 v128 i32 i64 v128 f32 f32)))
  (type (;1;) (func (result funcref i32)))
  (memory (;0;) 7 11)
  (global (;0;) (mut i32) i32.const 0)
  (global (;1;) (mut i32) i32.const 0)
  (global (;2;) (mut i64) i64.const 0)
  (global (;3;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;4;) (mut i64) i64.const 0)
  (global (;5;) (mut i32) i32.const 500)
  (export "-_?Q" (func 0))
  (export "6" (memory 0))
  (elem (;0;) declare funcref)
  (elem (;1;) funcref)
  (func (;0;) (type 0) (result i32 v128 i32 i64 v128 f32 f32)
    (local v128 v128 v128 f32 v128 v128 v128 v128 v128 f32 v128 v128 f32 f32)
    global.get 5
    v128.const i32x4 0x8744a973 0x9e0025f8 0x590d29b9 0xa26694fd
    i16x8.all_true
    i8x16.splat
    v128.store8_lane offset=408919 2
    v128.const i32x4 0x99a77bee 0x3734f64d 0xdd96305c 0xcc0cfe31
    i16x8.extract_lane_u 3
    ref.null extern
    f32.const -0x1.9ad372p+52 (;=-7227326700000000;)
    i32.const -1159196162
    i32.const 720904
    f32.convert_i32_u
    f32.store offset=145280 align=2
    i64.trunc_f32_u
    global.set 4
    drop
    v128.const i32x4 0x7fc00000 0x00000000 0x0006fff8 0x00000000
    i32.const 65535
    i64.const 7
    v128.const i32x4 0x9b5fc709 0xe74af7c4 0x9f7a2748 0x45f9cce7
    f32.const 0x1.fffffep+127 (;=340282350000000000000000000000000000000;)
    f32.const 0x1.6001p-130 (;=0.000000000000000000000000000000000000001010202;)
  )
  (func (;1;) (type 0) (result i32 v128 i32 i64 v128 f32 f32)
    i32.const 0
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    i32.const 0
    i64.const 0
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    f32.const 0x0p+0 (;=0;)
    f32.const 0x0p+0 (;=0;)
  )
  (func (;2;) (type 0) (result i32 v128 i32 i64 v128 f32 f32)
    i32.const 0
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    i32.const 0
    i64.const 0
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    f32.const 0x0p+0 (;=0;)
    f32.const 0x0p+0 (;=0;)
  )
  (func (;3;) (type 1) (result funcref i32)
    ref.null func
    i32.const 0
  )
  (func (;4;) (type 1) (result funcref i32)
    ref.null func
    i32.const 0
  )
  (func (;5;) (type 1) (result funcref i32)
    ref.null func
    i32.const 0
  )
)
