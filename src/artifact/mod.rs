//! The precompiled-module format (`Module::serialize`, `deserialize`,
//! `deserialize_file`): a module's machine code, ready to map, with what
//! the runtime needs to run it.
//!
//! ```text
//! magic "\0wasmrt\0" | format: u32 | header length: u32 | header
//! | metadata length: u64 | code offset: u64 | code length: u64
//! | checksum: u64 (of everything before it, and of the metadata)
//! | metadata | zero padding | code (at a page-aligned offset)
//! ```
//!
//! The header is `key=value` lines: the wasmrt version, the target, every
//! Cranelift setting, and the `Config` settings that change generated code.
//! An artefact loads only into an engine whose lines are the same, and the
//! error names the first that differs. The metadata is the module's wasm
//! binary (its types, imports, exports and segments are parsed from it
//! again, which is fast; its code is not compiled again) and the tables of
//! the compiled code: function ranges, trap sites, wasm offsets, libcall
//! relocations and VMContext slots. All numbers are little-endian. The
//! checksum ([`checksum`]) covers everything before the padding; the
//! padding must be zeros; the code is not read on load.

use crate::Engine;
use crate::environ::{CompiledCode, Libcall, LibcallReloc, TrapCode};
use anyhow::{Context, Result, bail};

const MAGIC: &[u8; 8] = b"\0wasmrt\0";

/// This layout's version. (Format 1 is the C API's earlier envelope,
/// which held only the wasm binary.)
pub const FORMAT: u32 = 2;

/// Where the code starts in the file: a multiple of this, so that a
/// mapped file's code pages are used as they are.
const CODE_ALIGN: usize = 64 * 1024;

/// A checksum that catches damaged and foreign bytes (no defence against
/// a forger: loading an artefact is `unsafe` for that reason), fast
/// enough to run on every load. Four lanes each take every fourth 64-bit
/// word through `(lane ^ word) * odd`, rotated: each step is a bijection
/// of the lane, so any change in one word changes its lane's final
/// value; the lanes and the length are then mixed into one.
pub fn checksum(parts: &[&[u8]]) -> u64 {
    const MUL: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut lanes: [u64; 4] = [
        0x243f_6a88_85a3_08d3,
        0x1319_8a2e_0370_7344,
        0xa409_3822_299f_31d0,
        0x082e_fa98_ec4e_6c89,
    ];
    let mut len = 0u64;
    for part in parts {
        len += part.len() as u64;
        let mut blocks = part.chunks_exact(32);
        for block in &mut blocks {
            for (lane, word) in lanes.iter_mut().zip(block.chunks_exact(8)) {
                let w = u64::from_le_bytes(word.try_into().unwrap());
                *lane = (*lane ^ w).wrapping_mul(MUL).rotate_left(29);
            }
        }
        // The tail, a byte at a time, into lane 0 (a part boundary thus
        // matters: parts are always the same shape).
        for b in blocks.remainder() {
            lanes[0] = (lanes[0] ^ u64::from(*b)).wrapping_mul(MUL).rotate_left(29);
        }
    }
    let mut hash = len.wrapping_mul(MUL);
    for lane in lanes {
        hash = (hash ^ lane).wrapping_mul(MUL).rotate_left(31);
    }
    hash ^ (hash >> 32)
}

/// The `key=value` lines an engine's artefacts carry and require (made
/// once per engine).
pub fn compatibility(engine: &Engine) -> &str {
    engine
        .inner
        .artifact_header
        .get_or_init(|| compatibility_lines(engine))
}

fn compatibility_lines(engine: &Engine) -> String {
    let isa = &engine.inner.isa;
    let config = &engine.inner.config;
    let mut lines = vec![
        format!("wasmrt={}", env!("CARGO_PKG_VERSION")),
        format!("target={}", isa.triple()),
        format!("features={:#x}", config.features.bits()),
        format!("consume_fuel={}", config.consume_fuel),
        format!("epoch_interruption={}", config.epoch_interruption),
    ];
    lines.extend(isa.flags().iter().map(|v| format!("cranelift.{v}")));
    lines.extend(isa.isa_flags().iter().map(|v| format!("cranelift.{v}")));
    lines.join("\n")
}

/// The first line in which `found` (an artefact's) differs from
/// `expected` (the engine's), described.
fn mismatch(found: &str, expected: &str) -> Option<String> {
    if found == expected {
        return None;
    }
    let key = |l: &str| l.split_once('=').map_or(l, |(k, _)| k).to_string();
    let lookup = |text: &str, k: &str| {
        text.lines()
            .find(|l| key(l) == k)
            .map(|l| l[k.len() + 1..].to_string())
    };
    for line in expected.lines().chain(found.lines()) {
        let k = key(line);
        let (a, b) = (lookup(found, &k), lookup(expected, &k));
        if a != b {
            let show = |v: Option<String>| v.unwrap_or_else(|| "(not set)".into());
            return Some(match k.as_str() {
                "wasmrt" => format!(
                    "the module was precompiled by wasmrt {}, not by this wasmrt {}",
                    show(a),
                    show(b)
                ),
                _ => format!(
                    "the module was precompiled with {k} = {}, but this engine has {k} = {}",
                    show(a),
                    show(b)
                ),
            });
        }
    }
    None
}

const TRAPS: [TrapCode; 12] = [
    TrapCode::StackOverflow,
    TrapCode::MemoryOutOfBounds,
    TrapCode::TableOutOfBounds,
    TrapCode::IndirectCallToNull,
    TrapCode::BadSignature,
    TrapCode::IntegerOverflow,
    TrapCode::IntegerDivisionByZero,
    TrapCode::BadConversionToInteger,
    TrapCode::UnreachableCodeReached,
    TrapCode::Interrupt,
    TrapCode::OutOfFuel,
    TrapCode::HostPanic,
];

const LIBCALLS: [Libcall; 10] = [
    Libcall::CeilF32,
    Libcall::CeilF64,
    Libcall::FloorF32,
    Libcall::FloorF64,
    Libcall::TruncF32,
    Libcall::TruncF64,
    Libcall::NearestF32,
    Libcall::NearestF64,
    Libcall::FmaF32,
    Libcall::FmaF64,
];

fn index_of<T: PartialEq>(all: &[T], x: &T) -> u8 {
    all.iter().position(|y| y == x).expect("listed") as u8
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The metadata section for `wasm` compiled to `code`.
fn metadata(wasm: &[u8], code: &CompiledCode) -> Vec<u8> {
    let mut m = Vec::with_capacity(wasm.len() + code.addr_map.len() * 8 + 64);
    put_u64(&mut m, wasm.len() as u64);
    m.extend_from_slice(wasm);
    put_u32(&mut m, code.funcs.len() as u32);
    for (start, len) in &code.funcs {
        put_u32(&mut m, *start);
        put_u32(&mut m, *len);
    }
    put_u32(&mut m, code.traps.len() as u32);
    for (offset, trap) in &code.traps {
        put_u32(&mut m, *offset);
        m.push(index_of(&TRAPS, trap));
    }
    put_u32(&mut m, code.addr_map.len() as u32);
    for (offset, wasm_offset) in &code.addr_map {
        put_u32(&mut m, *offset);
        put_u32(&mut m, *wasm_offset);
    }
    put_u32(&mut m, code.libcalls.len() as u32);
    for r in &code.libcalls {
        put_u32(&mut m, r.offset);
        m.push(index_of(&LIBCALLS, &r.libcall));
    }
    put_u32(&mut m, code.vmctx_slots.len() as u32);
    for slot in &code.vmctx_slots {
        match slot {
            Some(offset) => {
                m.push(1);
                m.extend_from_slice(&offset.to_le_bytes());
            }
            None => m.push(0),
        }
    }
    m
}

/// The artefact of `engine`'s compilation of `wasm` into `code` (the tables)
/// and `machine_code` (the linked code, libcalls not yet patched).
pub fn write(engine: &Engine, wasm: &[u8], code: &CompiledCode, machine_code: &[u8]) -> Vec<u8> {
    write_with_header(compatibility(engine), wasm, code, machine_code)
}

/// As [`write`], with the header given.
fn write_with_header(
    header: &str,
    wasm: &[u8],
    code: &CompiledCode,
    machine_code: &[u8],
) -> Vec<u8> {
    let meta = metadata(wasm, code);
    let mut out = Vec::with_capacity(CODE_ALIGN + meta.len() + machine_code.len());
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, FORMAT);
    put_u32(&mut out, header.len() as u32);
    out.extend_from_slice(header.as_bytes());
    let fixed_end = out.len() + 8 * 4;
    let code_offset = (fixed_end + meta.len()).next_multiple_of(CODE_ALIGN);
    put_u64(&mut out, meta.len() as u64);
    put_u64(&mut out, code_offset as u64);
    put_u64(&mut out, machine_code.len() as u64);
    let sum = checksum(&[&out, &meta]);
    put_u64(&mut out, sum);
    out.extend_from_slice(&meta);
    out.resize(code_offset, 0);
    out.extend_from_slice(machine_code);
    out
}

/// An artefact read back: its wasm binary, its code tables, and where its
/// machine code lies in the bytes.
pub struct Artifact<'a> {
    pub wasm: &'a [u8],
    /// The tables; `code` is left empty (the machine code is at
    /// `code_range` in the artefact).
    pub compiled: CompiledCode,
    pub code_range: std::ops::Range<usize>,
}

/// Reads from the front of a byte slice, naming what was cut short.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        let rest = &self.bytes[self.at..];
        if rest.len() < n {
            bail!(
                "the precompiled module is truncated: it ends at byte {} in its {what}",
                self.bytes.len()
            );
        }
        self.at += n;
        Ok(&rest[..n])
    }

    fn u8(&mut self, what: &str) -> Result<u8> {
        Ok(self.take(1, what)?[0])
    }

    fn u32(&mut self, what: &str) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4, what)?.try_into().unwrap()))
    }

    fn u64(&mut self, what: &str) -> Result<u64> {
        Ok(u64::from_le_bytes(self.take(8, what)?.try_into().unwrap()))
    }

    fn len(&mut self, what: &str) -> Result<usize> {
        let n = self.u64(what)?;
        usize::try_from(n).with_context(|| format!("the {what} length {n} is too large"))
    }

    fn count(&mut self, what: &str, item_size: usize) -> Result<usize> {
        let n = self.u32(what)? as usize;
        if n.saturating_mul(item_size) > self.bytes.len() - self.at {
            bail!("the precompiled module is damaged: {n} {what} do not fit in it");
        }
        Ok(n)
    }
}

/// Checks `bytes` against `engine` and reads its tables.
pub fn read<'a>(engine: &Engine, bytes: &'a [u8]) -> Result<Artifact<'a>> {
    let mut r = Reader { bytes, at: 0 };
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        bail!("the bytes are not a module precompiled by wasmrt (no wasmrt header)");
    }
    r.at = MAGIC.len();
    let format = r.u32("format version")?;
    if format != FORMAT {
        bail!(
            "the module was precompiled in wasmrt's format {format}, but this wasmrt {} reads format {FORMAT}",
            env!("CARGO_PKG_VERSION")
        );
    }
    let header_len = r.u32("header")? as usize;
    let header = std::str::from_utf8(r.take(header_len, "header")?)
        .context("the precompiled module's header is damaged (not text)")?;
    let meta_len = r.len("metadata")?;
    let code_offset = r.len("code offset")?;
    let code_len = r.len("code")?;
    let fixed = &bytes[..r.at];
    let sum = r.u64("checksum")?;
    let meta = r.take(meta_len, "metadata")?;
    if checksum(&[fixed, meta]) != sum {
        bail!("the precompiled module is damaged: its checksum does not match");
    }
    if let Some(why) = mismatch(header, compatibility(engine)) {
        bail!("{why}");
    }
    let code_end = code_offset.checked_add(code_len);
    if code_offset < r.at || code_end.is_none_or(|end| end > bytes.len()) {
        bail!(
            "the precompiled module is truncated: its code ends at byte {}, past its end at {}",
            code_offset.saturating_add(code_len),
            bytes.len()
        );
    }
    // The padding before the code is zeros: a flipped byte there is
    // damage too (the checksum does not cover it).
    if bytes[r.at..code_offset].iter().any(|&b| b != 0) {
        bail!("the precompiled module is damaged: the padding before its code is not zero");
    }
    let mut m = Reader { bytes: meta, at: 0 };
    let wasm_len = m.len("wasm binary")?;
    let wasm = m.take(wasm_len, "wasm binary")?;
    let mut compiled = CompiledCode::default();
    for _ in 0..m.count("functions", 8)? {
        let (start, len) = (m.u32("function table")?, m.u32("function table")?);
        if u64::from(start) + u64::from(len) > code_len as u64 {
            bail!("the precompiled module is damaged: a function lies outside its code");
        }
        compiled.funcs.push((start, len));
    }
    let n = m.count("trap sites", 5)?;
    compiled.traps = m
        .take(n * 5, "trap table")?
        .chunks_exact(5)
        .map(|e| {
            let offset = u32::from_le_bytes(e[..4].try_into().unwrap());
            let trap = TRAPS.get(e[4] as usize).copied();
            trap.map(|t| (offset, t))
                .context("the precompiled module is damaged: an unknown trap code")
        })
        .collect::<Result<_>>()?;
    let n = m.count("wasm offsets", 8)?;
    compiled.addr_map = m
        .take(n * 8, "offset table")?
        .chunks_exact(8)
        .map(|e| {
            let (a, b) = e.split_at(4);
            (
                u32::from_le_bytes(a.try_into().unwrap()),
                u32::from_le_bytes(b.try_into().unwrap()),
            )
        })
        .collect();
    for _ in 0..m.count("libcall relocations", 5)? {
        let offset = m.u32("relocations")?;
        let libcall = *LIBCALLS
            .get(m.u8("relocations")? as usize)
            .context("the precompiled module is damaged: an unknown libcall")?;
        if offset as usize + 8 > code_len {
            bail!("the precompiled module is damaged: a relocation lies outside its code");
        }
        compiled.libcalls.push(LibcallReloc { offset, libcall });
    }
    for _ in 0..m.count("VMContext slots", 1)? {
        compiled.vmctx_slots.push(match m.u8("VMContext slots")? {
            0 => None,
            _ => Some(i32::from_le_bytes(
                m.take(4, "VMContext slots")?.try_into().unwrap(),
            )),
        });
    }
    if compiled.vmctx_slots.len() != compiled.funcs.len() {
        bail!("the precompiled module is damaged: its function tables disagree");
    }
    Ok(Artifact {
        wasm,
        compiled,
        code_range: code_offset..code_offset + code_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_version_is_refused_by_name() {
        let engine = Engine::default();
        let module = crate::Module::new(&engine, "(module (func (export \"f\")))").unwrap();
        let code = &module.inner.code;
        let ours = compatibility(&engine).to_string();
        let version = format!("wasmrt={}", env!("CARGO_PKG_VERSION"));
        let theirs = ours.replace(&version, "wasmrt=99.0.0");
        let bytes = write_with_header(
            &theirs,
            &module.inner.wasm,
            code.tables(),
            &code.unpatched_code(),
        );
        let err = read(&engine, &bytes).err().expect("refused");
        assert_eq!(
            err.to_string(),
            format!(
                "the module was precompiled by wasmrt 99.0.0, not by this wasmrt {}",
                env!("CARGO_PKG_VERSION")
            )
        );
        let same = write_with_header(
            &ours,
            &module.inner.wasm,
            code.tables(),
            &code.unpatched_code(),
        );
        assert!(read(&engine, &same).is_ok());
    }

    #[test]
    fn the_checksum_sees_every_bit() {
        let data: Vec<u8> = (0..200u32).map(|i| (i * 7) as u8).collect();
        let base = checksum(&[&data[..13], &data[13..]]);
        for at in 0..data.len() {
            for bit in 0..8 {
                let mut d = data.clone();
                d[at] ^= 1 << bit;
                assert_ne!(checksum(&[&d[..13], &d[13..]]), base, "byte {at} bit {bit}");
            }
        }
        assert_ne!(checksum(&[&data[..199]]), checksum(&[&data[..200]]));
    }

    #[test]
    fn a_mismatch_names_the_setting() {
        let engine = "wasmrt=0.1.0\nconsume_fuel=false\ncranelift.opt_level=speed";
        assert_eq!(mismatch(engine, engine), None);
        let fuel = engine.replace("consume_fuel=false", "consume_fuel=true");
        assert_eq!(
            mismatch(&fuel, engine).unwrap(),
            "the module was precompiled with consume_fuel = true, but this engine has consume_fuel = false"
        );
        let old = engine.replace("wasmrt=0.1.0", "wasmrt=0.0.9");
        assert_eq!(
            mismatch(&old, engine).unwrap(),
            "the module was precompiled by wasmrt 0.0.9, not by this wasmrt 0.1.0"
        );
        let missing = "wasmrt=0.1.0\nconsume_fuel=false";
        assert!(mismatch(missing, engine).unwrap().contains("(not set)"));
    }
}
