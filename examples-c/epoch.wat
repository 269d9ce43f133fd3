;; `spin` loops until the host stops it.
(module
  (func $spin (export "spin") (loop $forever (br $forever))))
