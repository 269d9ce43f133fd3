;; The library: a memory, a counter and a function, all exported.
(module $lib
  (memory (export "memory") 1)
  (global $calls (export "calls") (mut i32) (i32.const 0))
  (func $store_square (export "store_square") (param $at i32) (param $x i32)
    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
    (i32.store (local.get $at) (i32.mul (local.get $x) (local.get $x)))))
