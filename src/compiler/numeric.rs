//! Translation of constants, arithmetic, comparisons and conversions.

use super::translate::Translator;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::immediates::{Ieee32, Ieee64};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value, types};
use wasmparser::Operator;

impl Translator<'_, '_> {
    fn unary(&mut self, f: impl FnOnce(&mut Self, Value) -> Value) {
        let a = self.pop();
        let v = f(self, a);
        self.push(v);
    }

    fn binary(&mut self, f: impl FnOnce(&mut Self, Value, Value) -> Value) {
        let (a, b) = self.pop2();
        let v = f(self, a, b);
        self.push(v);
    }

    /// Pushes a comparison result (an `i8` in Cranelift) as a wasm i32.
    fn push_bool(&mut self, c: Value) {
        let v = self.b.ins().uextend(types::I32, c);
        self.push(v);
    }

    fn icmp_op(&mut self, cc: IntCC) {
        let (a, b) = self.pop2();
        let c = self.b.ins().icmp(cc, a, b);
        self.push_bool(c);
    }

    fn fcmp_op(&mut self, cc: FloatCC) {
        let (a, b) = self.pop2();
        let c = self.b.ins().fcmp(cc, a, b);
        self.push_bool(c);
    }

    fn eqz(&mut self) {
        let a = self.pop();
        let c = self.b.ins().icmp_imm_u(IntCC::Equal, a, 0);
        self.push_bool(c);
    }

    /// Sign-extends the low `from` bits of the top value within its type.
    fn sext_in_place(&mut self, from: types::Type) {
        self.unary(|t, a| {
            let ty = t.b.func.dfg.value_type(a);
            let narrow = t.b.ins().ireduce(from, a);
            t.b.ins().sextend(ty, narrow)
        });
    }

    fn bitcast_to(&mut self, ty: types::Type) {
        self.unary(|t, a| t.b.ins().bitcast(ty, MemFlagsData::new(), a));
    }

    /// Constants and scalar numeric operators. Returns false if `op` is not one.
    pub(super) fn translate_numeric(&mut self, op: &Operator) -> bool {
        use Operator as O;
        use types::{F32, F64, I8, I16, I32, I64};
        macro_rules! bin {
            ($m:ident) => {
                self.binary(|t, a, b| t.b.ins().$m(a, b))
            };
        }
        macro_rules! un {
            ($m:ident) => {
                self.unary(|t, a| t.b.ins().$m(a))
            };
            ($m:ident, $ty:expr) => {
                self.unary(|t, a| t.b.ins().$m($ty, a))
            };
        }
        match *op {
            O::I32Const { value } => {
                let v = self.b.ins().iconst(I32, i64::from(value));
                self.push(v);
            }
            O::I64Const { value } => {
                let v = self.b.ins().iconst(I64, value);
                self.push(v);
            }
            O::F32Const { value } => {
                let v = self.b.ins().f32const(Ieee32::with_bits(value.bits()));
                self.push(v);
            }
            O::F64Const { value } => {
                let v = self.b.ins().f64const(Ieee64::with_bits(value.bits()));
                self.push(v);
            }
            O::I32Eqz | O::I64Eqz => self.eqz(),
            O::I32Eq | O::I64Eq => self.icmp_op(IntCC::Equal),
            O::I32Ne | O::I64Ne => self.icmp_op(IntCC::NotEqual),
            O::I32LtS | O::I64LtS => self.icmp_op(IntCC::SignedLessThan),
            O::I32LtU | O::I64LtU => self.icmp_op(IntCC::UnsignedLessThan),
            O::I32GtS | O::I64GtS => self.icmp_op(IntCC::SignedGreaterThan),
            O::I32GtU | O::I64GtU => self.icmp_op(IntCC::UnsignedGreaterThan),
            O::I32LeS | O::I64LeS => self.icmp_op(IntCC::SignedLessThanOrEqual),
            O::I32LeU | O::I64LeU => self.icmp_op(IntCC::UnsignedLessThanOrEqual),
            O::I32GeS | O::I64GeS => self.icmp_op(IntCC::SignedGreaterThanOrEqual),
            O::I32GeU | O::I64GeU => self.icmp_op(IntCC::UnsignedGreaterThanOrEqual),
            O::F32Eq | O::F64Eq => self.fcmp_op(FloatCC::Equal),
            O::F32Ne | O::F64Ne => self.fcmp_op(FloatCC::NotEqual),
            O::F32Lt | O::F64Lt => self.fcmp_op(FloatCC::LessThan),
            O::F32Gt | O::F64Gt => self.fcmp_op(FloatCC::GreaterThan),
            O::F32Le | O::F64Le => self.fcmp_op(FloatCC::LessThanOrEqual),
            O::F32Ge | O::F64Ge => self.fcmp_op(FloatCC::GreaterThanOrEqual),
            O::I32Clz | O::I64Clz => un!(clz),
            O::I32Ctz | O::I64Ctz => un!(ctz),
            O::I32Popcnt | O::I64Popcnt => un!(popcnt),
            O::I32Add | O::I64Add => bin!(iadd),
            O::I32Sub | O::I64Sub => bin!(isub),
            O::I32Mul | O::I64Mul => bin!(imul),
            O::I32DivS | O::I64DivS => bin!(sdiv),
            O::I32DivU | O::I64DivU => bin!(udiv),
            O::I32RemS | O::I64RemS => bin!(srem),
            O::I32RemU | O::I64RemU => bin!(urem),
            O::I32And | O::I64And => bin!(band),
            O::I32Or | O::I64Or => bin!(bor),
            O::I32Xor | O::I64Xor => bin!(bxor),
            O::I32Shl | O::I64Shl => bin!(ishl),
            O::I32ShrS | O::I64ShrS => bin!(sshr),
            O::I32ShrU | O::I64ShrU => bin!(ushr),
            O::I32Rotl | O::I64Rotl => bin!(rotl),
            O::I32Rotr | O::I64Rotr => bin!(rotr),
            O::F32Abs | O::F64Abs => un!(fabs),
            O::F32Neg | O::F64Neg => un!(fneg),
            O::F32Ceil | O::F64Ceil => un!(ceil),
            O::F32Floor | O::F64Floor => un!(floor),
            O::F32Trunc | O::F64Trunc => un!(trunc),
            O::F32Nearest | O::F64Nearest => un!(nearest),
            O::F32Sqrt | O::F64Sqrt => un!(sqrt),
            O::F32Add | O::F64Add => bin!(fadd),
            O::F32Sub | O::F64Sub => bin!(fsub),
            O::F32Mul | O::F64Mul => bin!(fmul),
            O::F32Div | O::F64Div => bin!(fdiv),
            O::F32Min | O::F64Min => bin!(fmin),
            O::F32Max | O::F64Max => bin!(fmax),
            O::F32Copysign | O::F64Copysign => bin!(fcopysign),
            O::I32WrapI64 => un!(ireduce, I32),
            O::I64ExtendI32S => un!(sextend, I64),
            O::I64ExtendI32U => un!(uextend, I64),
            O::I32TruncF32S | O::I32TruncF64S => un!(fcvt_to_sint, I32),
            O::I32TruncF32U | O::I32TruncF64U => un!(fcvt_to_uint, I32),
            O::I64TruncF32S | O::I64TruncF64S => un!(fcvt_to_sint, I64),
            O::I64TruncF32U | O::I64TruncF64U => un!(fcvt_to_uint, I64),
            O::I32TruncSatF32S | O::I32TruncSatF64S => un!(fcvt_to_sint_sat, I32),
            O::I32TruncSatF32U | O::I32TruncSatF64U => un!(fcvt_to_uint_sat, I32),
            O::I64TruncSatF32S | O::I64TruncSatF64S => un!(fcvt_to_sint_sat, I64),
            O::I64TruncSatF32U | O::I64TruncSatF64U => un!(fcvt_to_uint_sat, I64),
            O::F32ConvertI32S | O::F32ConvertI64S => un!(fcvt_from_sint, F32),
            O::F32ConvertI32U | O::F32ConvertI64U => un!(fcvt_from_uint, F32),
            O::F64ConvertI32S | O::F64ConvertI64S => un!(fcvt_from_sint, F64),
            O::F64ConvertI32U | O::F64ConvertI64U => un!(fcvt_from_uint, F64),
            O::F32DemoteF64 => un!(fdemote, F32),
            O::F64PromoteF32 => un!(fpromote, F64),
            O::I32ReinterpretF32 => self.bitcast_to(I32),
            O::I64ReinterpretF64 => self.bitcast_to(I64),
            O::F32ReinterpretI32 => self.bitcast_to(F32),
            O::F64ReinterpretI64 => self.bitcast_to(F64),
            O::I32Extend8S | O::I64Extend8S => self.sext_in_place(I8),
            O::I32Extend16S | O::I64Extend16S => self.sext_in_place(I16),
            O::I64Extend32S => self.sext_in_place(I32),
            _ => return false,
        }
        true
    }
}
