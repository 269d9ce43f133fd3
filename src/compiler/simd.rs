//! Translation of the 128-bit SIMD operators (`v128`, WebAssembly 2.0).
//!
//! A v128 value crosses every operator boundary (the operand stack, block
//! parameters, locals, globals, calls) as an `I8X16`. Each operator bitcasts
//! its vector operands to the lane type it works on and its vector result
//! back to `I8X16`; Cranelift folds the no-op casts away.

use super::translate::Translator;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F32X4, F64X2, I8X16, I16X8, I32, I32X4, I64X2};
use cranelift_codegen::ir::{ConstantData, Endianness, InstBuilder, MemFlagsData, Type, Value};
use wasmparser::{MemArg, Operator};

/// Flags for lane-reinterpreting bitcasts between vector types.
fn lane_cast_flags() -> MemFlagsData {
    MemFlagsData::new().with_endianness(Endianness::Little)
}

impl Translator<'_, '_> {
    /// Reinterprets a vector as `ty` (no-op if it already has that type).
    fn cast(&mut self, ty: Type, v: Value) -> Value {
        if self.b.func.dfg.value_type(v) == ty {
            v
        } else {
            self.b.ins().bitcast(ty, lane_cast_flags(), v)
        }
    }

    fn pop_as(&mut self, ty: Type) -> Value {
        let v = self.pop();
        self.cast(ty, v)
    }

    fn pop2_as(&mut self, ty: Type) -> (Value, Value) {
        let (a, b) = self.pop2();
        (self.cast(ty, a), self.cast(ty, b))
    }

    /// Pushes a vector result in the canonical `I8X16` form.
    fn push_vec(&mut self, v: Value) {
        let v = self.cast(I8X16, v);
        self.push(v);
    }

    fn vunary(&mut self, ty: Type, f: impl FnOnce(&mut Self, Value) -> Value) {
        let a = self.pop_as(ty);
        let v = f(self, a);
        self.push_vec(v);
    }

    fn vbinary(&mut self, ty: Type, f: impl FnOnce(&mut Self, Value, Value) -> Value) {
        let (a, b) = self.pop2_as(ty);
        let v = f(self, a, b);
        self.push_vec(v);
    }

    /// A vector of all-zero bits of type `ty`.
    fn vzero(&mut self, ty: Type) -> Value {
        let handle = self.b.func.dfg.constants.insert(vec![0u8; 16].into());
        self.b.ins().vconst(ty, handle)
    }

    /// Lane-wise integer comparison; the lanes of the result are all ones
    /// or all zeros.
    fn vicmp(&mut self, ty: Type, cc: IntCC) {
        self.vbinary(ty, |t, a, b| t.b.ins().icmp(cc, a, b));
    }

    /// Lane-wise float comparison; the lanes of the result are all ones or
    /// all zeros.
    fn vfcmp(&mut self, ty: Type, cc: FloatCC) {
        self.vbinary(ty, |t, a, b| t.b.ins().fcmp(cc, a, b));
    }

    /// Lane-wise shift of a vector by an i32 amount taken modulo the lane
    /// width (which Cranelift's vector shifts do by definition).
    fn vshift(&mut self, ty: Type, f: impl FnOnce(&mut Self, Value, Value) -> Value) {
        let amount = self.pop();
        let v = self.pop_as(ty);
        let r = f(self, v, amount);
        self.push_vec(r);
    }

    /// `pmin(a, b) = b < a ? b : a` and `pmax(a, b) = a < b ? b : a` per
    /// lane: one `<` comparison and a select, so a NaN or a zero of either
    /// sign in `a` wins unless the comparison holds (unlike `fmin`/`fmax`).
    fn pminmax(&mut self, ty: Type, max: bool) {
        self.vbinary(ty, |t, a, b| {
            let lt = if max {
                t.b.ins().fcmp(FloatCC::LessThan, a, b)
            } else {
                t.b.ins().fcmp(FloatCC::LessThan, b, a)
            };
            let mask = t.cast(ty, lt);
            t.b.ins().bitselect(mask, b, a)
        });
    }

    /// `extmul_{low,high}`: widen both operands' halves, then multiply.
    fn extmul(&mut self, ty: Type, signed: bool, high: bool) {
        self.vbinary(ty, |t, a, b| {
            let (a, b) = match (signed, high) {
                (true, false) => (t.b.ins().swiden_low(a), t.b.ins().swiden_low(b)),
                (true, true) => (t.b.ins().swiden_high(a), t.b.ins().swiden_high(b)),
                (false, false) => (t.b.ins().uwiden_low(a), t.b.ins().uwiden_low(b)),
                (false, true) => (t.b.ins().uwiden_high(a), t.b.ins().uwiden_high(b)),
            };
            t.b.ins().imul(a, b)
        });
    }

    /// `extadd_pairwise`: widen all lanes, then add neighbouring pairs.
    fn extadd_pairwise(&mut self, ty: Type, signed: bool) {
        self.vunary(ty, |t, a| {
            let (lo, hi) = if signed {
                (t.b.ins().swiden_low(a), t.b.ins().swiden_high(a))
            } else {
                (t.b.ins().uwiden_low(a), t.b.ins().uwiden_high(a))
            };
            t.b.ins().iadd_pairwise(lo, hi)
        });
    }

    /// A lane-testing reduction (`any_true`, `all_true`) as a wasm i32.
    fn vtest(&mut self, ty: Type, all: bool) {
        let a = self.pop_as(ty);
        let c = if all {
            self.b.ins().vall_true(a)
        } else {
            self.b.ins().vany_true(a)
        };
        let v = self.b.ins().uextend(I32, c);
        self.push(v);
    }

    fn bitmask(&mut self, ty: Type) {
        let a = self.pop_as(ty);
        let v = self.b.ins().vhigh_bits(I32, a);
        self.push(v);
    }

    fn splat(&mut self, ty: Type) {
        let mut x = self.pop();
        let lane = ty.lane_type();
        if self.b.func.dfg.value_type(x) != lane {
            // i8x16/i16x8 splat take an i32 operand.
            x = self.b.ins().ireduce(lane, x);
        }
        let v = self.b.ins().splat(ty, x);
        self.push_vec(v);
    }

    fn extract_lane(&mut self, ty: Type, lane: u8, extend: Option<bool>) {
        let v = self.pop_as(ty);
        let mut x = self.b.ins().extractlane(v, lane);
        match extend {
            Some(true) => x = self.b.ins().sextend(I32, x),
            Some(false) => x = self.b.ins().uextend(I32, x),
            None => {}
        }
        self.push(x);
    }

    fn replace_lane(&mut self, ty: Type, lane: u8) {
        let mut x = self.pop();
        let v = self.pop_as(ty);
        let lane_ty = ty.lane_type();
        if self.b.func.dfg.value_type(x) != lane_ty {
            x = self.b.ins().ireduce(lane_ty, x);
        }
        let r = self.b.ins().insertlane(v, x, lane);
        self.push_vec(r);
    }

    /// `v128.loadN_splat`: one lane from memory, copied to every lane.
    fn load_splat(&mut self, memarg: &MemArg, ty: Type) {
        let (addr, off) = self.heap_addr(memarg);
        let flags = self.heap_flags();
        let x = self.b.ins().load(ty.lane_type(), flags, addr, off);
        let v = self.b.ins().splat(ty, x);
        self.push_vec(v);
    }

    /// `v128.loadN_zero`: one lane from memory, the other lanes zero.
    fn load_zero(&mut self, memarg: &MemArg, ty: Type) {
        let (addr, off) = self.heap_addr(memarg);
        let flags = self.heap_flags();
        let x = self.b.ins().load(ty.lane_type(), flags, addr, off);
        let v = self.b.ins().scalar_to_vector(ty, x);
        self.push_vec(v);
    }

    /// `v128.loadN_lane`: replaces one lane of a vector with a memory value.
    fn load_lane(&mut self, memarg: &MemArg, ty: Type, lane: u8) {
        let v = self.pop_as(ty);
        let (addr, off) = self.heap_addr(memarg);
        let flags = self.heap_flags();
        let x = self.b.ins().load(ty.lane_type(), flags, addr, off);
        let r = self.b.ins().insertlane(v, x, lane);
        self.push_vec(r);
    }

    /// `v128.storeN_lane`: stores one lane of a vector.
    fn store_lane(&mut self, memarg: &MemArg, ty: Type, lane: u8) {
        let v = self.pop_as(ty);
        let x = self.b.ins().extractlane(v, lane);
        let (addr, off) = self.heap_addr(memarg);
        let flags = self.heap_flags();
        self.b.ins().store(flags, x, addr, off);
    }

    /// `v128.loadMxN_{s,u}`: N lanes of M bits, each widened to 2M bits.
    fn load_extend(&mut self, memarg: &MemArg, bits: u32, signed: bool) {
        let (addr, off) = self.heap_addr(memarg);
        let flags = self.heap_flags();
        let ins = self.b.ins();
        let v = match (bits, signed) {
            (8, true) => ins.sload8x8(flags, addr, off),
            (8, false) => ins.uload8x8(flags, addr, off),
            (16, true) => ins.sload16x4(flags, addr, off),
            (16, false) => ins.uload16x4(flags, addr, off),
            (32, true) => ins.sload32x2(flags, addr, off),
            (32, false) => ins.uload32x2(flags, addr, off),
            _ => unreachable!("no v128.load{bits}x lanes"),
        };
        self.push_vec(v);
    }

    /// `i32x4.trunc_sat_f64x2_{s,u}_zero`: two saturating conversions in
    /// the low lanes, zeros in the high lanes. Written as the
    /// narrow-with-zero shape Cranelift's backends recognise.
    fn trunc_sat_f64x2_zero(&mut self, signed: bool) {
        self.vunary(F64X2, |t, a| {
            let zero = t.vzero(I64X2);
            if signed {
                let c = t.b.ins().fcvt_to_sint_sat(I64X2, a);
                t.b.ins().snarrow(c, zero)
            } else {
                let c = t.b.ins().fcvt_to_uint_sat(I64X2, a);
                t.b.ins().uunarrow(c, zero)
            }
        });
    }

    /// SIMD operators. Returns false if `op` is not one.
    pub(super) fn translate_simd(&mut self, op: &Operator) -> bool {
        use Operator as O;
        macro_rules! un {
            ($ty:expr, $m:ident) => {
                self.vunary($ty, |t, a| t.b.ins().$m(a))
            };
        }
        macro_rules! bin {
            ($ty:expr, $m:ident) => {
                self.vbinary($ty, |t, a, b| t.b.ins().$m(a, b))
            };
        }
        match *op {
            // Memory.
            O::V128Load { ref memarg } => {
                let (addr, off) = self.heap_addr(memarg);
                let flags = self.heap_flags();
                let v = self.b.ins().load(I8X16, flags, addr, off);
                self.push(v);
            }
            O::V128Store { ref memarg } => {
                let v = self.pop_as(I8X16);
                let (addr, off) = self.heap_addr(memarg);
                let flags = self.heap_flags();
                self.b.ins().store(flags, v, addr, off);
            }
            O::V128Load8x8S { ref memarg } => self.load_extend(memarg, 8, true),
            O::V128Load8x8U { ref memarg } => self.load_extend(memarg, 8, false),
            O::V128Load16x4S { ref memarg } => self.load_extend(memarg, 16, true),
            O::V128Load16x4U { ref memarg } => self.load_extend(memarg, 16, false),
            O::V128Load32x2S { ref memarg } => self.load_extend(memarg, 32, true),
            O::V128Load32x2U { ref memarg } => self.load_extend(memarg, 32, false),
            O::V128Load8Splat { ref memarg } => self.load_splat(memarg, I8X16),
            O::V128Load16Splat { ref memarg } => self.load_splat(memarg, I16X8),
            O::V128Load32Splat { ref memarg } => self.load_splat(memarg, I32X4),
            O::V128Load64Splat { ref memarg } => self.load_splat(memarg, I64X2),
            O::V128Load32Zero { ref memarg } => self.load_zero(memarg, I32X4),
            O::V128Load64Zero { ref memarg } => self.load_zero(memarg, I64X2),
            O::V128Load8Lane { ref memarg, lane } => self.load_lane(memarg, I8X16, lane),
            O::V128Load16Lane { ref memarg, lane } => self.load_lane(memarg, I16X8, lane),
            O::V128Load32Lane { ref memarg, lane } => self.load_lane(memarg, I32X4, lane),
            O::V128Load64Lane { ref memarg, lane } => self.load_lane(memarg, I64X2, lane),
            O::V128Store8Lane { ref memarg, lane } => self.store_lane(memarg, I8X16, lane),
            O::V128Store16Lane { ref memarg, lane } => self.store_lane(memarg, I16X8, lane),
            O::V128Store32Lane { ref memarg, lane } => self.store_lane(memarg, I32X4, lane),
            O::V128Store64Lane { ref memarg, lane } => self.store_lane(memarg, I64X2, lane),

            // Constants, lanes, shuffles.
            O::V128Const { ref value } => {
                let data = ConstantData::from(&value.bytes()[..]);
                let handle = self.b.func.dfg.constants.insert(data);
                let v = self.b.ins().vconst(I8X16, handle);
                self.push(v);
            }
            O::I8x16Shuffle { ref lanes } => {
                let (a, b) = self.pop2_as(I8X16);
                let mask = self
                    .b
                    .func
                    .dfg
                    .immediates
                    .push(ConstantData::from(&lanes[..]));
                let v = self.b.ins().shuffle(a, b, mask);
                self.push_vec(v);
            }
            // Out-of-range indices select 0, as in wasm.
            O::I8x16Swizzle => bin!(I8X16, swizzle),
            O::I8x16Splat => self.splat(I8X16),
            O::I16x8Splat => self.splat(I16X8),
            O::I32x4Splat => self.splat(I32X4),
            O::I64x2Splat => self.splat(I64X2),
            O::F32x4Splat => self.splat(F32X4),
            O::F64x2Splat => self.splat(F64X2),
            O::I8x16ExtractLaneS { lane } => self.extract_lane(I8X16, lane, Some(true)),
            O::I8x16ExtractLaneU { lane } => self.extract_lane(I8X16, lane, Some(false)),
            O::I16x8ExtractLaneS { lane } => self.extract_lane(I16X8, lane, Some(true)),
            O::I16x8ExtractLaneU { lane } => self.extract_lane(I16X8, lane, Some(false)),
            O::I32x4ExtractLane { lane } => self.extract_lane(I32X4, lane, None),
            O::I64x2ExtractLane { lane } => self.extract_lane(I64X2, lane, None),
            O::F32x4ExtractLane { lane } => self.extract_lane(F32X4, lane, None),
            O::F64x2ExtractLane { lane } => self.extract_lane(F64X2, lane, None),
            O::I8x16ReplaceLane { lane } => self.replace_lane(I8X16, lane),
            O::I16x8ReplaceLane { lane } => self.replace_lane(I16X8, lane),
            O::I32x4ReplaceLane { lane } => self.replace_lane(I32X4, lane),
            O::I64x2ReplaceLane { lane } => self.replace_lane(I64X2, lane),
            O::F32x4ReplaceLane { lane } => self.replace_lane(F32X4, lane),
            O::F64x2ReplaceLane { lane } => self.replace_lane(F64X2, lane),

            // Integer comparisons.
            O::I8x16Eq => self.vicmp(I8X16, IntCC::Equal),
            O::I8x16Ne => self.vicmp(I8X16, IntCC::NotEqual),
            O::I8x16LtS => self.vicmp(I8X16, IntCC::SignedLessThan),
            O::I8x16LtU => self.vicmp(I8X16, IntCC::UnsignedLessThan),
            O::I8x16GtS => self.vicmp(I8X16, IntCC::SignedGreaterThan),
            O::I8x16GtU => self.vicmp(I8X16, IntCC::UnsignedGreaterThan),
            O::I8x16LeS => self.vicmp(I8X16, IntCC::SignedLessThanOrEqual),
            O::I8x16LeU => self.vicmp(I8X16, IntCC::UnsignedLessThanOrEqual),
            O::I8x16GeS => self.vicmp(I8X16, IntCC::SignedGreaterThanOrEqual),
            O::I8x16GeU => self.vicmp(I8X16, IntCC::UnsignedGreaterThanOrEqual),
            O::I16x8Eq => self.vicmp(I16X8, IntCC::Equal),
            O::I16x8Ne => self.vicmp(I16X8, IntCC::NotEqual),
            O::I16x8LtS => self.vicmp(I16X8, IntCC::SignedLessThan),
            O::I16x8LtU => self.vicmp(I16X8, IntCC::UnsignedLessThan),
            O::I16x8GtS => self.vicmp(I16X8, IntCC::SignedGreaterThan),
            O::I16x8GtU => self.vicmp(I16X8, IntCC::UnsignedGreaterThan),
            O::I16x8LeS => self.vicmp(I16X8, IntCC::SignedLessThanOrEqual),
            O::I16x8LeU => self.vicmp(I16X8, IntCC::UnsignedLessThanOrEqual),
            O::I16x8GeS => self.vicmp(I16X8, IntCC::SignedGreaterThanOrEqual),
            O::I16x8GeU => self.vicmp(I16X8, IntCC::UnsignedGreaterThanOrEqual),
            O::I32x4Eq => self.vicmp(I32X4, IntCC::Equal),
            O::I32x4Ne => self.vicmp(I32X4, IntCC::NotEqual),
            O::I32x4LtS => self.vicmp(I32X4, IntCC::SignedLessThan),
            O::I32x4LtU => self.vicmp(I32X4, IntCC::UnsignedLessThan),
            O::I32x4GtS => self.vicmp(I32X4, IntCC::SignedGreaterThan),
            O::I32x4GtU => self.vicmp(I32X4, IntCC::UnsignedGreaterThan),
            O::I32x4LeS => self.vicmp(I32X4, IntCC::SignedLessThanOrEqual),
            O::I32x4LeU => self.vicmp(I32X4, IntCC::UnsignedLessThanOrEqual),
            O::I32x4GeS => self.vicmp(I32X4, IntCC::SignedGreaterThanOrEqual),
            O::I32x4GeU => self.vicmp(I32X4, IntCC::UnsignedGreaterThanOrEqual),
            O::I64x2Eq => self.vicmp(I64X2, IntCC::Equal),
            O::I64x2Ne => self.vicmp(I64X2, IntCC::NotEqual),
            O::I64x2LtS => self.vicmp(I64X2, IntCC::SignedLessThan),
            O::I64x2GtS => self.vicmp(I64X2, IntCC::SignedGreaterThan),
            O::I64x2LeS => self.vicmp(I64X2, IntCC::SignedLessThanOrEqual),
            O::I64x2GeS => self.vicmp(I64X2, IntCC::SignedGreaterThanOrEqual),

            // Float comparisons (false for unordered lanes, except `ne`).
            O::F32x4Eq => self.vfcmp(F32X4, FloatCC::Equal),
            O::F32x4Ne => self.vfcmp(F32X4, FloatCC::NotEqual),
            O::F32x4Lt => self.vfcmp(F32X4, FloatCC::LessThan),
            O::F32x4Gt => self.vfcmp(F32X4, FloatCC::GreaterThan),
            O::F32x4Le => self.vfcmp(F32X4, FloatCC::LessThanOrEqual),
            O::F32x4Ge => self.vfcmp(F32X4, FloatCC::GreaterThanOrEqual),
            O::F64x2Eq => self.vfcmp(F64X2, FloatCC::Equal),
            O::F64x2Ne => self.vfcmp(F64X2, FloatCC::NotEqual),
            O::F64x2Lt => self.vfcmp(F64X2, FloatCC::LessThan),
            O::F64x2Gt => self.vfcmp(F64X2, FloatCC::GreaterThan),
            O::F64x2Le => self.vfcmp(F64X2, FloatCC::LessThanOrEqual),
            O::F64x2Ge => self.vfcmp(F64X2, FloatCC::GreaterThanOrEqual),

            // Bitwise.
            O::V128Not => un!(I8X16, bnot),
            O::V128And => bin!(I8X16, band),
            O::V128AndNot => bin!(I8X16, band_not),
            O::V128Or => bin!(I8X16, bor),
            O::V128Xor => bin!(I8X16, bxor),
            O::V128Bitselect => {
                let mask = self.pop_as(I8X16);
                let (a, b) = self.pop2_as(I8X16);
                // Bits of `a` where the mask is 1, of `b` where it is 0.
                let v = self.b.ins().bitselect(mask, a, b);
                self.push(v);
            }
            O::V128AnyTrue => self.vtest(I8X16, false),

            // Lane-wise integer arithmetic.
            O::I8x16Abs => un!(I8X16, iabs),
            O::I16x8Abs => un!(I16X8, iabs),
            O::I32x4Abs => un!(I32X4, iabs),
            O::I64x2Abs => un!(I64X2, iabs),
            O::I8x16Neg => un!(I8X16, ineg),
            O::I16x8Neg => un!(I16X8, ineg),
            O::I32x4Neg => un!(I32X4, ineg),
            O::I64x2Neg => un!(I64X2, ineg),
            O::I8x16Popcnt => un!(I8X16, popcnt),
            O::I8x16AllTrue => self.vtest(I8X16, true),
            O::I16x8AllTrue => self.vtest(I16X8, true),
            O::I32x4AllTrue => self.vtest(I32X4, true),
            O::I64x2AllTrue => self.vtest(I64X2, true),
            O::I8x16Bitmask => self.bitmask(I8X16),
            O::I16x8Bitmask => self.bitmask(I16X8),
            O::I32x4Bitmask => self.bitmask(I32X4),
            O::I64x2Bitmask => self.bitmask(I64X2),
            O::I8x16Shl => self.vshift(I8X16, |t, v, n| t.b.ins().ishl(v, n)),
            O::I16x8Shl => self.vshift(I16X8, |t, v, n| t.b.ins().ishl(v, n)),
            O::I32x4Shl => self.vshift(I32X4, |t, v, n| t.b.ins().ishl(v, n)),
            O::I64x2Shl => self.vshift(I64X2, |t, v, n| t.b.ins().ishl(v, n)),
            O::I8x16ShrS => self.vshift(I8X16, |t, v, n| t.b.ins().sshr(v, n)),
            O::I16x8ShrS => self.vshift(I16X8, |t, v, n| t.b.ins().sshr(v, n)),
            O::I32x4ShrS => self.vshift(I32X4, |t, v, n| t.b.ins().sshr(v, n)),
            O::I64x2ShrS => self.vshift(I64X2, |t, v, n| t.b.ins().sshr(v, n)),
            O::I8x16ShrU => self.vshift(I8X16, |t, v, n| t.b.ins().ushr(v, n)),
            O::I16x8ShrU => self.vshift(I16X8, |t, v, n| t.b.ins().ushr(v, n)),
            O::I32x4ShrU => self.vshift(I32X4, |t, v, n| t.b.ins().ushr(v, n)),
            O::I64x2ShrU => self.vshift(I64X2, |t, v, n| t.b.ins().ushr(v, n)),
            O::I8x16Add => bin!(I8X16, iadd),
            O::I16x8Add => bin!(I16X8, iadd),
            O::I32x4Add => bin!(I32X4, iadd),
            O::I64x2Add => bin!(I64X2, iadd),
            O::I8x16Sub => bin!(I8X16, isub),
            O::I16x8Sub => bin!(I16X8, isub),
            O::I32x4Sub => bin!(I32X4, isub),
            O::I64x2Sub => bin!(I64X2, isub),
            O::I16x8Mul => bin!(I16X8, imul),
            O::I32x4Mul => bin!(I32X4, imul),
            O::I64x2Mul => bin!(I64X2, imul),
            O::I8x16AddSatS => bin!(I8X16, sadd_sat),
            O::I8x16AddSatU => bin!(I8X16, uadd_sat),
            O::I16x8AddSatS => bin!(I16X8, sadd_sat),
            O::I16x8AddSatU => bin!(I16X8, uadd_sat),
            O::I8x16SubSatS => bin!(I8X16, ssub_sat),
            O::I8x16SubSatU => bin!(I8X16, usub_sat),
            O::I16x8SubSatS => bin!(I16X8, ssub_sat),
            O::I16x8SubSatU => bin!(I16X8, usub_sat),
            O::I8x16MinS => bin!(I8X16, smin),
            O::I8x16MinU => bin!(I8X16, umin),
            O::I8x16MaxS => bin!(I8X16, smax),
            O::I8x16MaxU => bin!(I8X16, umax),
            O::I16x8MinS => bin!(I16X8, smin),
            O::I16x8MinU => bin!(I16X8, umin),
            O::I16x8MaxS => bin!(I16X8, smax),
            O::I16x8MaxU => bin!(I16X8, umax),
            O::I32x4MinS => bin!(I32X4, smin),
            O::I32x4MinU => bin!(I32X4, umin),
            O::I32x4MaxS => bin!(I32X4, smax),
            O::I32x4MaxU => bin!(I32X4, umax),
            O::I8x16AvgrU => bin!(I8X16, avg_round),
            O::I16x8AvgrU => bin!(I16X8, avg_round),
            O::I16x8Q15MulrSatS => bin!(I16X8, sqmul_round_sat),
            O::I32x4DotI16x8S => self.vbinary(I16X8, |t, a, b| {
                let (alo, blo) = (t.b.ins().swiden_low(a), t.b.ins().swiden_low(b));
                let (ahi, bhi) = (t.b.ins().swiden_high(a), t.b.ins().swiden_high(b));
                let lo = t.b.ins().imul(alo, blo);
                let hi = t.b.ins().imul(ahi, bhi);
                t.b.ins().iadd_pairwise(lo, hi)
            }),
            O::I16x8ExtMulLowI8x16S => self.extmul(I8X16, true, false),
            O::I16x8ExtMulHighI8x16S => self.extmul(I8X16, true, true),
            O::I16x8ExtMulLowI8x16U => self.extmul(I8X16, false, false),
            O::I16x8ExtMulHighI8x16U => self.extmul(I8X16, false, true),
            O::I32x4ExtMulLowI16x8S => self.extmul(I16X8, true, false),
            O::I32x4ExtMulHighI16x8S => self.extmul(I16X8, true, true),
            O::I32x4ExtMulLowI16x8U => self.extmul(I16X8, false, false),
            O::I32x4ExtMulHighI16x8U => self.extmul(I16X8, false, true),
            O::I64x2ExtMulLowI32x4S => self.extmul(I32X4, true, false),
            O::I64x2ExtMulHighI32x4S => self.extmul(I32X4, true, true),
            O::I64x2ExtMulLowI32x4U => self.extmul(I32X4, false, false),
            O::I64x2ExtMulHighI32x4U => self.extmul(I32X4, false, true),
            O::I16x8ExtAddPairwiseI8x16S => self.extadd_pairwise(I8X16, true),
            O::I16x8ExtAddPairwiseI8x16U => self.extadd_pairwise(I8X16, false),
            O::I32x4ExtAddPairwiseI16x8S => self.extadd_pairwise(I16X8, true),
            O::I32x4ExtAddPairwiseI16x8U => self.extadd_pairwise(I16X8, false),

            // Widening and narrowing.
            O::I16x8ExtendLowI8x16S => un!(I8X16, swiden_low),
            O::I16x8ExtendHighI8x16S => un!(I8X16, swiden_high),
            O::I16x8ExtendLowI8x16U => un!(I8X16, uwiden_low),
            O::I16x8ExtendHighI8x16U => un!(I8X16, uwiden_high),
            O::I32x4ExtendLowI16x8S => un!(I16X8, swiden_low),
            O::I32x4ExtendHighI16x8S => un!(I16X8, swiden_high),
            O::I32x4ExtendLowI16x8U => un!(I16X8, uwiden_low),
            O::I32x4ExtendHighI16x8U => un!(I16X8, uwiden_high),
            O::I64x2ExtendLowI32x4S => un!(I32X4, swiden_low),
            O::I64x2ExtendHighI32x4S => un!(I32X4, swiden_high),
            O::I64x2ExtendLowI32x4U => un!(I32X4, uwiden_low),
            O::I64x2ExtendHighI32x4U => un!(I32X4, uwiden_high),
            // Signed inputs, saturated to the signed / unsigned narrow range.
            O::I8x16NarrowI16x8S => bin!(I16X8, snarrow),
            O::I8x16NarrowI16x8U => bin!(I16X8, unarrow),
            O::I16x8NarrowI32x4S => bin!(I32X4, snarrow),
            O::I16x8NarrowI32x4U => bin!(I32X4, unarrow),

            // Float arithmetic. Cranelift's vector `fmin`/`fmax` propagate
            // NaNs and order -0 < +0, as wasm requires.
            O::F32x4Abs => un!(F32X4, fabs),
            O::F64x2Abs => un!(F64X2, fabs),
            O::F32x4Neg => un!(F32X4, fneg),
            O::F64x2Neg => un!(F64X2, fneg),
            O::F32x4Sqrt => un!(F32X4, sqrt),
            O::F64x2Sqrt => un!(F64X2, sqrt),
            O::F32x4Ceil => un!(F32X4, ceil),
            O::F64x2Ceil => un!(F64X2, ceil),
            O::F32x4Floor => un!(F32X4, floor),
            O::F64x2Floor => un!(F64X2, floor),
            O::F32x4Trunc => un!(F32X4, trunc),
            O::F64x2Trunc => un!(F64X2, trunc),
            O::F32x4Nearest => un!(F32X4, nearest),
            O::F64x2Nearest => un!(F64X2, nearest),
            O::F32x4Add => bin!(F32X4, fadd),
            O::F64x2Add => bin!(F64X2, fadd),
            O::F32x4Sub => bin!(F32X4, fsub),
            O::F64x2Sub => bin!(F64X2, fsub),
            O::F32x4Mul => bin!(F32X4, fmul),
            O::F64x2Mul => bin!(F64X2, fmul),
            O::F32x4Div => bin!(F32X4, fdiv),
            O::F64x2Div => bin!(F64X2, fdiv),
            O::F32x4Min => bin!(F32X4, fmin),
            O::F64x2Min => bin!(F64X2, fmin),
            O::F32x4Max => bin!(F32X4, fmax),
            O::F64x2Max => bin!(F64X2, fmax),
            O::F32x4PMin => self.pminmax(F32X4, false),
            O::F64x2PMin => self.pminmax(F64X2, false),
            O::F32x4PMax => self.pminmax(F32X4, true),
            O::F64x2PMax => self.pminmax(F64X2, true),

            // Conversions.
            O::I32x4TruncSatF32x4S => {
                self.vunary(F32X4, |t, a| t.b.ins().fcvt_to_sint_sat(I32X4, a))
            }
            O::I32x4TruncSatF32x4U => {
                self.vunary(F32X4, |t, a| t.b.ins().fcvt_to_uint_sat(I32X4, a))
            }
            O::I32x4TruncSatF64x2SZero => self.trunc_sat_f64x2_zero(true),
            O::I32x4TruncSatF64x2UZero => self.trunc_sat_f64x2_zero(false),
            O::F32x4ConvertI32x4S => self.vunary(I32X4, |t, a| t.b.ins().fcvt_from_sint(F32X4, a)),
            O::F32x4ConvertI32x4U => self.vunary(I32X4, |t, a| t.b.ins().fcvt_from_uint(F32X4, a)),
            O::F64x2ConvertLowI32x4S => self.vunary(I32X4, |t, a| {
                let wide = t.b.ins().swiden_low(a);
                t.b.ins().fcvt_from_sint(F64X2, wide)
            }),
            O::F64x2ConvertLowI32x4U => self.vunary(I32X4, |t, a| {
                let wide = t.b.ins().uwiden_low(a);
                t.b.ins().fcvt_from_uint(F64X2, wide)
            }),
            O::F32x4DemoteF64x2Zero => un!(F64X2, fvdemote),
            O::F64x2PromoteLowF32x4 => un!(F32X4, fvpromote_low),
            _ => return false,
        }
        true
    }
}
