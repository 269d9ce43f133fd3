;; For the C++ example: a function that returns, and one that traps.
(module $cpp
  (func $factorial (export "factorial") (param $n i64) (result i64)
    (if (result i64) (i64.le_u (local.get $n) (i64.const 1))
      (then (i64.const 1))
      (else (i64.mul (local.get $n) (call $factorial (i64.sub (local.get $n) (i64.const 1)))))))
  (func $fail (export "fail")
    (unreachable)))
