//! Translation of bulk-memory and reference-type operators: table access,
//! `ref.*`, and the copy/fill/init/drop family (through builtins that
//! return a trap flag).

use super::func_env::{trap, trusted};
use super::translate::Translator;
use crate::environ::{TrapCode, builtins, fields};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use wasmparser::Operator;

impl Translator<'_, '_> {
    fn iconst32(&mut self, v: u32) -> Value {
        self.b.ins().iconst(types::I32, i64::from(v))
    }

    /// Calls a builtin returning an i32 result.
    fn builtin(&mut self, index: u32, args: &[Value], params: &[Type]) -> Value {
        self.vm
            .call_builtin(&mut self.b, self.env, index, args, params, &[types::I32])[0]
    }

    /// Calls a builtin returning a trap flag and traps with `code` if set.
    fn builtin_checked(&mut self, index: u32, args: &[Value], params: &[Type], code: TrapCode) {
        let flag = self.builtin(index, args, params);
        self.b.ins().trapnz(flag, trap(code));
    }

    /// Pops `n` values, returning them in stack order.
    fn popn(&mut self, n: usize) -> Vec<Value> {
        self.stack.split_off(self.stack.len() - n)
    }

    /// Reference-type and bulk-memory operators. Returns false if `op` is not one.
    pub(super) fn translate_bulk_ref(&mut self, op: &Operator) -> bool {
        use Operator as O;
        use types::{I32, I64};
        match *op {
            O::RefNull { .. } => {
                let v = self.b.ins().iconst(I64, 0);
                self.push(v);
            }
            O::RefIsNull => {
                let r = self.pop();
                let c = self.b.ins().icmp_imm_u(IntCC::Equal, r, 0);
                let v = self.b.ins().uextend(I32, c);
                self.push(v);
            }
            O::RefFunc { function_index } => {
                let v = self.funcref_addr(function_index);
                self.push(v);
            }
            O::TableGet { table } => {
                let index = self.pop();
                let addr = self.table_elem_addr(table, index);
                let v = self.b.ins().load(I64, trusted(), addr, 0);
                self.push(v);
            }
            O::TableSet { table } => {
                let value = self.pop();
                let index = self.pop();
                let addr = self.table_elem_addr(table, index);
                self.b.ins().store(trusted(), value, addr, 0);
            }
            O::TableSize { table } => {
                let def = self.vm.table_def(&mut self.b, self.env, table);
                let len = self.b.ins().load(I64, trusted(), def, fields::TABLE_LENGTH);
                let v = self.b.ins().ireduce(I32, len);
                self.push(v);
            }
            O::TableGrow { table } => {
                let a = self.popn(2); // init, delta
                self.charge_bulk(a[1]);
                let t = self.iconst32(table);
                let v = self.builtin(builtins::TABLE_GROW, &[t, a[0], a[1]], &[I32, I64, I32]);
                let failed =
                    self.b
                        .ins()
                        .icmp_imm_u(IntCC::Equal, v, i64::from(builtins::GROW_ERROR));
                self.b
                    .ins()
                    .trapnz(failed, trap(TrapCode::TableOutOfBounds));
                self.push(v);
            }
            O::TableFill { table } => {
                let a = self.popn(3); // dst, value, len
                self.charge_bulk(a[2]);
                let t = self.iconst32(table);
                self.builtin_checked(
                    builtins::TABLE_FILL,
                    &[t, a[0], a[1], a[2]],
                    &[I32, I32, I64, I32],
                    TrapCode::TableOutOfBounds,
                );
            }
            O::TableCopy {
                dst_table,
                src_table,
            } => {
                let a = self.popn(3); // dst, src, len
                self.charge_bulk(a[2]);
                let (d, s) = (self.iconst32(dst_table), self.iconst32(src_table));
                self.builtin_checked(
                    builtins::TABLE_COPY,
                    &[d, s, a[0], a[1], a[2]],
                    &[I32; 5],
                    TrapCode::TableOutOfBounds,
                );
            }
            O::TableInit { elem_index, table } => {
                let a = self.popn(3); // dst, src, len
                self.charge_bulk(a[2]);
                let (t, e) = (self.iconst32(table), self.iconst32(elem_index));
                self.builtin_checked(
                    builtins::TABLE_INIT,
                    &[t, e, a[0], a[1], a[2]],
                    &[I32; 5],
                    TrapCode::TableOutOfBounds,
                );
            }
            O::ElemDrop { elem_index } => {
                let e = self.iconst32(elem_index);
                self.vm.call_builtin(
                    &mut self.b,
                    self.env,
                    builtins::ELEM_DROP,
                    &[e],
                    &[I32],
                    &[],
                );
            }
            O::MemoryCopy { dst_mem, src_mem } => {
                let a = self.popn(3); // dst, src, len
                self.charge_bulk(a[2]);
                let d = self.vm.memory_def(&mut self.b, self.env, dst_mem);
                let s = self.vm.memory_def(&mut self.b, self.env, src_mem);
                self.builtin_checked(
                    builtins::MEMORY_COPY,
                    &[d, a[0], s, a[1], a[2]],
                    &[I64, I32, I64, I32, I32],
                    TrapCode::MemoryOutOfBounds,
                );
            }
            O::MemoryFill { mem } => {
                let a = self.popn(3); // dst, byte, len
                self.charge_bulk(a[2]);
                let m = self.vm.memory_def(&mut self.b, self.env, mem);
                self.builtin_checked(
                    builtins::MEMORY_FILL,
                    &[m, a[0], a[1], a[2]],
                    &[I64, I32, I32, I32],
                    TrapCode::MemoryOutOfBounds,
                );
            }
            O::MemoryInit { data_index, mem } => {
                let a = self.popn(3); // dst, src, len
                self.charge_bulk(a[2]);
                let (m, d) = (self.iconst32(mem), self.iconst32(data_index));
                self.builtin_checked(
                    builtins::MEMORY_INIT,
                    &[m, d, a[0], a[1], a[2]],
                    &[I32; 5],
                    TrapCode::MemoryOutOfBounds,
                );
            }
            O::DataDrop { data_index } => {
                let d = self.iconst32(data_index);
                self.vm.call_builtin(
                    &mut self.b,
                    self.env,
                    builtins::DATA_DROP,
                    &[d],
                    &[I32],
                    &[],
                );
            }
            _ => return false,
        }
        true
    }
}
