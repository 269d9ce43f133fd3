;; The example run by the README:
;;
;;     cargo run --release --bin wasmrt -- run examples/fib.wat --invoke fib 20
;;
;; prints 6765. `fib` is iterative with i64 arithmetic, so `fib 90` still fits
;; (2880067194370816120); `fib_rec` is the classic doubly recursive version,
;; which exercises calls (`fib_rec 25` prints 75025).
(module $fib
  (func $fib (export "fib") (param $n i32) (result i64)
    (local $a i64) (local $b i64) (local $next i64)
    (local.set $b (i64.const 1))
    (block $done
      (loop $step
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $next (i64.add (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $next))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $step)))
    (local.get $a))

  (func $fib_rec (export "fib_rec") (param $n i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $n) (i32.const 2))
      (then (local.get $n))
      (else
        (i32.add
          (call $fib_rec (i32.sub (local.get $n) (i32.const 1)))
          (call $fib_rec (i32.sub (local.get $n) (i32.const 2))))))))
