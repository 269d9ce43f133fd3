;; Three named functions deep; the innermost calls the host, which fails,
;; or reaches `unreachable`.
(module $traps
  (import "host" "fail" (func $fail))
  (func $inner (param $how i32)
    (if (local.get $how)
      (then (call $fail) (return)))
    (unreachable))
  (func $middle (param i32)
    (call $inner (local.get 0)))
  (func $outer (export "outer") (param i32)
    (call $middle (local.get 0))))
