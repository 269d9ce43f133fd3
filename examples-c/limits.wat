;; A memory and a table with no declared maximum: only the store's limiter
;; bounds them.
(module
  (memory (export "memory") 1)
  (table 1 funcref)
  (func (export "grow_memory") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "grow_table") (param i32) (result i32) (table.grow (ref.null func) (local.get 0))))
