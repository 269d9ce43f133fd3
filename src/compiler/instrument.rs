//! Fuel metering and epoch checks in generated code.
//!
//! Fuel, as wasmtime meters it: entering a function costs 1, and each
//! operator 1 except `nop`, `drop`, `block`, `loop`, `end`, `else`,
//! `return` and `unreachable` (0). Costs of straight-line code are summed
//! at translation time and added to the store's `fuel_consumed` (the fuel
//! used minus the fuel given) at every control-flow point; function entries
//! and loop headers check it and trap with `OutOfFuel` once no fuel is left
//! (`fuel_consumed >= 0`).
//!
//! Bulk operators also cost one fuel per unit of work, as in wasmtime 48
//! (its default `VariableOperatorCost`): per byte of `memory.copy`,
//! `memory.fill` and `memory.init`, per element of `table.copy`,
//! `table.fill`, `table.init` and `table.grow` (`memory.grow` costs no more
//! than other operators). See [`Translator::charge_bulk`].
//!
//! Epochs: function entries and loop headers compare the engine's epoch
//! with the store's deadline and, when it is reached, call the
//! `epoch_check` builtin, which decides (trap, or extend the deadline).

use super::func_env::{trap, trusted};
use super::translate::Translator;
use crate::environ::{TrapCode, builtins, fields, header};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, InstructionData, Opcode, Value, types};
use wasmparser::Operator;

/// Fuel cost of one operator.
fn fuel_cost(op: &Operator) -> i64 {
    match op {
        Operator::Nop
        | Operator::Drop
        | Operator::Block { .. }
        | Operator::Loop { .. }
        | Operator::End
        | Operator::Else
        | Operator::Return
        | Operator::Unreachable => 0,
        _ => 1,
    }
}

/// Whether pending fuel must be added before this operator runs further.
fn ends_straight_line(op: &Operator) -> bool {
    matches!(
        op,
        Operator::Loop { .. }
            | Operator::If { .. }
            | Operator::Else
            | Operator::End
            | Operator::Br { .. }
            | Operator::BrIf { .. }
            | Operator::BrTable { .. }
            | Operator::Return
            | Operator::Call { .. }
            | Operator::CallIndirect { .. }
            | Operator::Unreachable
    )
}

impl Translator<'_, '_> {
    fn store_context(&mut self) -> Value {
        let vmctx = self.vm.vmctx;
        self.b
            .ins()
            .load(types::I64, trusted(), vmctx, header::STORE_CONTEXT)
    }

    /// Counts `op` (about to be translated in reachable code).
    pub(super) fn account_fuel(&mut self, op: &Operator) {
        if !self.env.consume_fuel {
            return;
        }
        self.fuel_pending += fuel_cost(op);
        if ends_straight_line(op) {
            self.flush_fuel();
        }
    }

    /// Adds the fuel counted so far to the store.
    pub(super) fn flush_fuel(&mut self) {
        if self.fuel_pending == 0 {
            return;
        }
        let ctx = self.store_context();
        let used = self
            .b
            .ins()
            .load(types::I64, trusted(), ctx, fields::STORE_FUEL_CONSUMED);
        let used = self.b.ins().iadd_imm_s(used, self.fuel_pending);
        self.b
            .ins()
            .store(trusted(), used, ctx, fields::STORE_FUEL_CONSUMED);
        self.fuel_pending = 0;
    }

    /// Charges a bulk operator's work, `units` (its length or delta
    /// operand) at one fuel each, before the operator runs; called after
    /// [`account_fuel`](Self::account_fuel) has counted the operator
    /// itself. As wasmtime 48 does (found by the differential fuzzer, which
    /// compares fuel with wasmtime's): a constant operand's cost joins the
    /// pending straight-line fuel, and when that cost is at most 128 there
    /// is no check; otherwise (an operand known only at run time, or a
    /// constant above 128) the pending fuel and the cost are added to the
    /// store and fuel and the epoch are checked as at a loop header, so a
    /// large operation traps out of fuel before doing its work. With
    /// epochs on and fuel off, the same operators check the epoch (all but
    /// constant operands of at most 128 units), as wasmtime's do.
    pub(super) fn charge_bulk(&mut self, units: Value) {
        self.charge_bulk_at(units, 1);
    }

    /// [`charge_bulk`](Self::charge_bulk) at `per_unit` fuel a unit (0 or
    /// 1). `memory.grow` costs 0 a page in wasmtime 48 but takes the same
    /// path, so a delta known only at run time still checks fuel and the
    /// epoch there.
    pub(super) fn charge_bulk_at(&mut self, units: Value, per_unit: i64) {
        if !self.env.consume_fuel && !self.env.epoch_interruption {
            return;
        }
        /// Constant costs up to this are too small to be worth a check.
        const SMALL_BULK_COST: i64 = 128;
        // The operand is an unsigned i32: a constant's bits zero-extended.
        let constant = self.b.func.dfg.value_def(units).inst().and_then(|inst| {
            match self.b.func.dfg.insts[inst] {
                InstructionData::UnaryImm {
                    opcode: Opcode::Iconst,
                    imm,
                } => Some(imm.bits() & 0xffff_ffff),
                _ => None,
            }
        });
        if let Some(units) = constant {
            let cost = units * per_unit;
            if self.env.consume_fuel {
                self.fuel_pending += cost;
            }
            if cost <= SMALL_BULK_COST {
                return;
            }
        } else if self.env.consume_fuel && per_unit > 0 {
            debug_assert_eq!(per_unit, 1);
            self.flush_fuel();
            let cost = self.b.ins().uextend(types::I64, units);
            let ctx = self.store_context();
            let used = self
                .b
                .ins()
                .load(types::I64, trusted(), ctx, fields::STORE_FUEL_CONSUMED);
            let used = self.b.ins().iadd(used, cost);
            self.b
                .ins()
                .store(trusted(), used, ctx, fields::STORE_FUEL_CONSUMED);
        }
        // As at a loop header (`check_fuel` adds what is pending first).
        self.entry_checks();
    }

    /// Function entry: charges the call and checks fuel and the epoch.
    pub(super) fn function_entry(&mut self) {
        if self.env.consume_fuel {
            self.fuel_pending += 1;
        }
        self.entry_checks();
    }

    /// Traps with `OutOfFuel` if no fuel is left.
    pub(super) fn check_fuel(&mut self) {
        if !self.env.consume_fuel {
            return;
        }
        self.flush_fuel();
        let ctx = self.store_context();
        let used = self
            .b
            .ins()
            .load(types::I64, trusted(), ctx, fields::STORE_FUEL_CONSUMED);
        let over = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, used, 0);
        self.b.ins().trapnz(over, trap(TrapCode::OutOfFuel));
    }

    /// Calls into the runtime if the epoch deadline was reached.
    fn check_epoch(&mut self) {
        if !self.env.epoch_interruption {
            return;
        }
        let ctx = self.store_context();
        let epoch_ptr = self
            .b
            .ins()
            .load(types::I64, trusted(), ctx, fields::STORE_EPOCH_PTR);
        let epoch = self.b.ins().load(types::I64, trusted(), epoch_ptr, 0);
        let deadline_ptr =
            self.b
                .ins()
                .load(types::I64, trusted(), ctx, fields::STORE_EPOCH_DEADLINE_PTR);
        let deadline = self.b.ins().load(types::I64, trusted(), deadline_ptr, 0);
        let reached = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, epoch, deadline);
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(reached, slow, &[], cont, &[]);
        self.b.seal_block(slow);
        self.b.switch_to_block(slow);
        let flag = self.vm.call_builtin(
            &mut self.b,
            self.env,
            builtins::EPOCH_CHECK,
            &[],
            &[],
            &[types::I32],
        )[0];
        self.b.ins().trapnz(flag, trap(TrapCode::Interrupt));
        self.b.ins().jump(cont, &[]);
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
    }

    /// Checks at function entry and loop headers.
    pub(super) fn entry_checks(&mut self) {
        self.check_fuel();
        self.check_epoch();
    }
}
