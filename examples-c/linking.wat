;; The user: imports the library's exports as `lib::*` and the host's
;; `env::print`.
(module $user
  (import "lib" "memory" (memory 1))
  (import "lib" "store_square" (func $store_square (param i32 i32)))
  (import "env" "print" (func $print (param i32)))
  (func (export "run") (param $n i32)
    (local $i i32)
    (loop $next
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (call $store_square (i32.mul (local.get $i) (i32.const 4)) (local.get $i))
      (call $print (i32.load (i32.mul (local.get $i) (i32.const 4))))
      (br_if $next (i32.lt_u (local.get $i) (local.get $n))))))
