(module
  (type (;0;) (func (result v128)))
  (table (;0;) 754 782 externref)
  (table (;1;) 90 422 funcref)
  (table (;2;) 0 101 funcref)
  (memory (;0;) 0 2)
  (global (;0;) i32 i32.const 400677783)
  (global (;1;) (mut i64) i64.const 0)
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut v128) v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
  (global (;4;) (mut i32) i32.const 0)
  (global (;5;) (mut i64) i64.const 0)
  (global (;6;) (mut i32) i32.const 500)
  (export "" (func 1))
  (export "11" (global 3))
  (elem (;0;) (table 1) (i32.const 0) funcref)
  (elem (;1;) (table 0) (i32.const 14) externref)
  (elem (;2;) (table 0) (i32.const 177) externref)
  (elem (;3;) (table 1) (i32.const 20) funcref)
  (elem (;4;) (table 1) (i32.const 0) funcref)
  (elem (;5;) declare externref)
  (func (;0;) (type 0) (result v128)
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  )
  (func (;1;) (type 0) (result v128)
    (local v128 v128 v128 v128 v128 f32 f32 v128 v128 f64 i32)
    block (result f32) ;; label = @1
      block (type 0) (result v128) ;; label = @2
        block ;; label = @3
          v128.const i32x4 0x683e2dc6 0x3464e27d 0x39cd5c0d 0x3ca7cb65
          global.get 0
          i64.extend_i32_s
          loop (type 0) (result v128) ;; label = @4
            v128.const i32x4 0x8db99e26 0x54d70ffc 0xdfd752d2 0x3a2b38fd
            table.size 1
            br_table 2 (;@2;) 4 2 (;@2;)
          end
          global.set 3
          global.set 1
          global.set 3
        end
        v128.const i32x4 0x99545bfb 0xb6a3b084 0x6f9c00ff 0xadd32627
      end
      global.set 3
      f32.const 0x1.8f3da4p+88 (;=482652500000000000000000000;)
    end
    i32.reinterpret_f32
    global.set 4
    v128.const i32x4 0x00020004 0x00000000 0x08000000 0x00000000
  )
  (func (;2;) (type 0) (result v128)
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  )
  (func (;3;) (type 0) (result v128)
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  )
  (data (;0;) "\14)")
  (data (;1;) "")
  (data (;2;) "\1e\db")
)
