//! Wasm values from and to command-line text: `ARGS` parsed by a
//! function's parameter types, results printed one per line.

use anyhow::{Result, bail};
use wasmrt::{Val, ValType};

/// Parses `text` as a value of type `ty`: integers in decimal or `0x` hex,
/// floats in decimal, `nan` or `inf`.
pub fn parse_val(ty: ValType, text: &str) -> Result<Val> {
    Ok(match ty {
        ValType::I32 => Val::I32(parse_int(text, 32)? as u32 as i32),
        ValType::I64 => Val::I64(parse_int(text, 64)? as i64),
        ValType::F32 => Val::F32(text.parse::<f32>()?.to_bits()),
        ValType::F64 => Val::F64(text.parse::<f64>()?.to_bits()),
        other => bail!("parameters of type {other} cannot be given on the command line"),
    })
}

/// Parses a `bits`-wide integer, signed or unsigned, in decimal or `0x` hex,
/// and returns its two's-complement bit pattern.
fn parse_int(text: &str, bits: u32) -> Result<u64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (radix, digits) = match unsigned
        .strip_prefix("0x")
        .or_else(|| unsigned.strip_prefix("0X"))
    {
        Some(hex) => (16, hex),
        None => (10, unsigned),
    };
    if digits.starts_with(['+', '-']) {
        bail!("not an integer");
    }
    let magnitude = u64::from_str_radix(digits, radix)?;
    let max_unsigned = u64::MAX >> (64 - bits);
    let max_negative = 1u64 << (bits - 1);
    if negative {
        if magnitude > max_negative {
            bail!("out of range for a {bits}-bit integer");
        }
        Ok((magnitude as i64).wrapping_neg() as u64)
    } else {
        if magnitude > max_unsigned {
            bail!("out of range for a {bits}-bit integer");
        }
        Ok(magnitude)
    }
}

/// A result as printed on its own line.
pub fn format_val(val: &Val) -> String {
    match val {
        Val::I32(v) => v.to_string(),
        Val::I64(v) => v.to_string(),
        Val::F32(bits) => f32::from_bits(*bits).to_string(),
        Val::F64(bits) => f64::from_bits(*bits).to_string(),
        Val::V128(v) => format!("{:#034x}", v.as_u128()),
        Val::FuncRef(None) | Val::ExternRef(None) => "null".to_string(),
        Val::FuncRef(Some(_)) => "<funcref>".to_string(),
        Val::ExternRef(Some(_)) => "<externref>".to_string(),
    }
}
