//! The precompiled-module format (`Module::serialize`, `deserialize`,
//! `deserialize_file`): a module's machine code and memory images, ready
//! to map, with the module's description and code tables.
//!
//! ```text
//! magic "\0wasmrt\0" | format: u32 | header length: u32 | header
//! | metadata length: u64 | checksum: u64 | metadata
//! | zero padding | memory images | code      (each at a 64 KiB-aligned offset)
//! ```
//!
//! The header is `key=value` lines: the wasmrt version, the target, every
//! Cranelift setting, and the `Config` settings that change generated code.
//! An artefact loads only into an engine whose lines are the same, and the
//! error names the first that differs. The metadata holds the module's
//! description (`codec::write_module_info`: types, imports, exports,
//! segments, names), its data segments' bytes, its functions' body offsets
//! (for backtraces), the code tables (function ranges, trap sites, wasm
//! offsets, libcall relocations, VMContext slots), and where each memory
//! image and the code lie in the file (with each image's and the code's
//! checksums).
//! Numbers are little-endian. The checksum ([`checksum`]) covers
//! everything before it and the metadata; padding must be zeros; images
//! are checked on every load, the code when it is loaded from bytes (a
//! mapped file's code pages are used as they are, unread).

mod checksum;
mod codec;

use crate::Engine;
use crate::environ::{
    AddrMap, CompiledCode, Libcall, LibcallReloc, ModuleInfo, SharedBytes, TableBytes, TrapTable,
};
use anyhow::{Context, Result, bail};
pub use checksum::checksum;
use codec::{Reader, Writer};
use std::ops::Range;

const MAGIC: &[u8; 8] = b"\0wasmrt\0";

/// This layout's version. (Format 1 was the C API's first envelope, which
/// held only the wasm binary; format 2 embedded the wasm binary; format 3
/// had a scalar checksum of four lanes.)
pub const FORMAT: u32 = 4;

/// Where images and code start in the file: multiples of this, so that a
/// mapped file's pages are used as they are on any host page size.
const ALIGN: usize = 64 * 1024;

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

/// Libcalls are stored as their index here.
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

/// What an artefact is made of.
pub struct Parts<'a> {
    pub info: &'a ModuleInfo,
    /// Each data segment's bytes.
    pub data: &'a [Box<[u8]>],
    /// Where each defined function's body starts in the module binary.
    pub body_offsets: &'a [usize],
    /// The code tables (`code` unused).
    pub tables: &'a CompiledCode,
    /// The linked machine code, libcalls unpatched.
    pub code: &'a [u8],
    /// Each defined memory's image: where it goes in memory, its bytes.
    pub images: Vec<Option<(usize, Vec<u8>)>>,
}

/// An artefact read back.
pub struct Artifact {
    pub info: ModuleInfo,
    pub data: Vec<Box<[u8]>>,
    pub body_offsets: Vec<usize>,
    /// The code tables; `code` is empty (the machine code is at
    /// `code_range` in the artefact).
    pub compiled: CompiledCode,
    pub code_range: Range<usize>,
    /// The checksum of the code, for loaders that read it
    /// ([`Artifact::check_code`]).
    code_sum: u64,
    /// Each defined memory's image: where it goes in memory, and where it
    /// lies in the artefact.
    pub images: Vec<Option<(usize, Range<usize>)>>,
}

/// The metadata, with the images and code placed at `images` and `code`.
fn metadata(
    parts: &Parts,
    images: &[Option<(usize, Range<usize>)>],
    code: &Range<usize>,
) -> Vec<u8> {
    let mut w = Writer::default();
    codec::write_module_info(&mut w, parts.info);
    w.u32(parts.data.len() as u32);
    parts.data.iter().for_each(|d| w.bytes(d));
    w.u32(parts.body_offsets.len() as u32);
    parts.body_offsets.iter().for_each(|&o| w.u64(o as u64));
    let t = parts.tables;
    w.u32(t.funcs.len() as u32);
    for (start, len) in &t.funcs {
        w.u32(*start);
        w.u32(*len);
    }
    // The two large tables, packed as they are kept (`code_tables.rs`).
    w.u32(t.traps.len() as u32);
    w.raw(t.traps.bytes());
    w.u32(t.addr_map.len() as u32);
    w.raw(t.addr_map.bytes());
    w.u32(t.libcalls.len() as u32);
    for r in &t.libcalls {
        w.u32(r.offset);
        w.u8(index_of(&LIBCALLS, &r.libcall));
    }
    w.u32(t.vmctx_slots.len() as u32);
    for slot in &t.vmctx_slots {
        match slot {
            Some(offset) => {
                w.u8(1);
                w.u32(*offset as u32);
            }
            None => w.u8(0),
        }
    }
    w.u32(images.len() as u32);
    for (image, bytes) in images.iter().zip(&parts.images) {
        match (image, bytes) {
            (Some((mem_offset, range)), Some((_, bytes))) => {
                w.u8(1);
                w.u64(*mem_offset as u64);
                w.u64(range.start as u64);
                w.u64(range.len() as u64);
                w.u64(checksum(&[bytes]));
            }
            _ => w.u8(0),
        }
    }
    w.u64(code.start as u64);
    w.u64(code.len() as u64);
    w.u64(checksum(&[parts.code]));
    w.0
}

/// The artefact of `parts` for `engine`.
pub fn write(engine: &Engine, parts: &Parts) -> Vec<u8> {
    write_with_header(compatibility(engine), parts)
}

/// As [`write`], with the header given.
fn write_with_header(header: &str, parts: &Parts) -> Vec<u8> {
    let mut fixed = Writer::default();
    fixed.0.extend_from_slice(MAGIC);
    fixed.u32(FORMAT);
    fixed.u32(header.len() as u32);
    fixed.0.extend_from_slice(header.as_bytes());
    // The metadata's length does not depend on where things are placed:
    // measure it, then place the images and the code after it.
    let unplaced: Vec<_> = parts
        .images
        .iter()
        .map(|i| i.as_ref().map(|(m, _)| (*m, 0..0)))
        .collect();
    let meta_len = metadata(parts, &unplaced, &(0..0)).len();
    let mut at = (fixed.0.len() + 16 + meta_len).next_multiple_of(ALIGN);
    let mut images = Vec::new();
    for image in &parts.images {
        images.push(image.as_ref().map(|(mem_offset, bytes)| {
            let range = at..at + bytes.len();
            at = range.end.next_multiple_of(ALIGN);
            (*mem_offset, range)
        }));
    }
    let code = at..at + parts.code.len();
    let meta = metadata(parts, &images, &code);
    debug_assert_eq!(meta.len(), meta_len);
    let mut out = fixed;
    out.u64(meta.len() as u64);
    let sum = checksum(&[&out.0, &meta]);
    out.u64(sum);
    let mut out = out.0;
    out.reserve(code.end - out.len());
    out.extend_from_slice(&meta);
    for (image, placed) in parts.images.iter().zip(&images) {
        if let (Some((_, bytes)), Some((_, range))) = (image, placed) {
            out.resize(range.start, 0);
            out.extend_from_slice(bytes);
        }
    }
    out.resize(code.start, 0);
    out.extend_from_slice(parts.code);
    out
}

/// Checks `bytes` against `engine` and reads everything but the images
/// and the code. If `owner` is given, `bytes` are all of its bytes, and
/// the code tables are read where they lie in it instead of copied.
pub fn read(engine: &Engine, bytes: &[u8], owner: Option<&SharedBytes>) -> Result<Artifact> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        bail!("the bytes are not a module precompiled by wasmrt (no wasmrt header)");
    }
    let mut r = Reader::new(bytes);
    r.take(MAGIC.len(), "magic")?;
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
    let meta_len = r.usize("metadata")?;
    let fixed_end = r.position();
    let sum = r.u64("checksum")?;
    let meta_at = r.position();
    let meta = r.take(meta_len, "metadata")?;
    if checksum(&[&bytes[..fixed_end], meta]) != sum {
        bail!("the precompiled module is damaged: its checksum does not match");
    }
    if let Some(why) = mismatch(header, compatibility(engine)) {
        bail!("{why}");
    }
    let meta_end = r.position();
    let mut m = Reader::new(meta);
    let info = codec::read_module_info(&mut m)?;
    let data = (0..m.count("data segments", 8)?)
        .map(|_| Ok(m.bytes("data segment")?.into()))
        .collect::<Result<Vec<Box<[u8]>>>>()?;
    if data.len() != info.data.len() {
        bail!("the precompiled module is damaged: its data segments disagree");
    }
    let body_offsets = (0..m.count("body offsets", 8)?)
        .map(|_| m.usize("body offsets"))
        .collect::<Result<Vec<_>>>()?;
    let source = TableSource { meta_at, owner };
    let compiled = read_tables(&mut m, &source)?;
    let defined = info.num_defined_funcs() as usize;
    if compiled.funcs.len() != defined || body_offsets.len() != defined {
        bail!(
            "the precompiled module is damaged: it has code for {} functions, its module defines {defined}",
            compiled.funcs.len()
        );
    }
    let placed = read_images(&mut m, &info)?;
    let code_start = m.usize("code placement")?;
    let code_len = m.usize("code placement")?;
    let code_sum = m.u64("code placement")?;
    let code_range = code_start..code_start.saturating_add(code_len);
    // The placed sections in file order, each after the padding before it.
    let mut sections: Vec<Range<usize>> =
        placed.iter().flatten().map(|(_, r, _)| r.clone()).collect();
    sections.push(code_range.clone());
    let mut end = meta_end;
    for section in &sections {
        if section.start < end || !section.start.is_multiple_of(ALIGN) {
            bail!("the precompiled module is damaged: its sections overlap or are misplaced");
        }
        if section.end > bytes.len() {
            bail!(
                "the precompiled module is truncated: a section ends at byte {}, past its end at {}",
                section.end,
                bytes.len()
            );
        }
        // An OR over the bytes, which the compiler vectorises (up to 64 KiB
        // of padding per section).
        if bytes[end..section.start].iter().fold(0, |acc, &b| acc | b) != 0 {
            bail!(
                "the precompiled module is damaged: the padding before byte {} is not zero",
                section.start
            );
        }
        end = section.end;
    }
    // The images are data the module reads: damage there is caught too
    // (the code is not read: it is mapped and run as it is).
    let mut images = Vec::with_capacity(placed.len());
    for image in placed {
        images.push(match image {
            Some((mem_offset, range, sum)) => {
                if checksum(&[&bytes[range.clone()]]) != sum {
                    bail!("the precompiled module is damaged: a memory image's checksum does not match");
                }
                Some((mem_offset, range))
            }
            None => None,
        });
    }
    for r in &compiled.libcalls {
        if r.offset as usize + 8 > code_len {
            bail!("the precompiled module is damaged: a relocation lies outside its code");
        }
    }
    for &(start, len) in &compiled.funcs {
        if u64::from(start) + u64::from(len) > code_len as u64 {
            bail!("the precompiled module is damaged: a function lies outside its code");
        }
    }
    Ok(Artifact {
        info,
        data,
        body_offsets,
        compiled,
        code_range,
        code_sum,
        images,
    })
}

impl Artifact {
    /// Checks `code` (read from the artefact's code range) against its
    /// checksum: a loader that copies the code anyway catches damage there
    /// too. (A mapped file's code is not read, so not checked.)
    pub fn check_code(&self, code: &[u8]) -> Result<()> {
        if checksum(&[code]) != self.code_sum {
            bail!("the precompiled module is damaged: its code's checksum does not match");
        }
        Ok(())
    }
}

/// A count and that many pairs of u32s, read in bulk.
fn u32_pairs(m: &mut Reader, what: &str) -> Result<Vec<(u32, u32)>> {
    let n = m.count(what, 8)?;
    Ok(m.take(n * 8, what)?
        .chunks_exact(8)
        .map(|e| {
            (
                u32::from_le_bytes([e[0], e[1], e[2], e[3]]),
                u32::from_le_bytes([e[4], e[5], e[6], e[7]]),
            )
        })
        .collect())
}

/// Where the packed tables are read from: `meta_at` is where the
/// artefact's metadata starts, and `owner`, if given, the shared buffer
/// that holds the artefact, which the tables then read in place (otherwise
/// they get a copy).
struct TableSource<'a> {
    meta_at: usize,
    owner: Option<&'a SharedBytes>,
}

impl TableSource<'_> {
    /// The next `n` records of `record` bytes in `m`, as table bytes.
    fn take(&self, m: &mut Reader, n: usize, record: usize, what: &str) -> Result<TableBytes> {
        let at = self.meta_at + m.position();
        let len = n.checked_mul(record).context("a table is too large")?;
        let slice = m.take(len, what)?;
        Ok(match self.owner {
            Some(owner) => TableBytes::within(owner, at..at + len)
                .filter(|t| std::ptr::eq(t.bytes().as_ptr(), slice.as_ptr()))
                .context("the precompiled module's tables are not in its buffer")?,
            None => TableBytes::new(slice.to_vec()),
        })
    }
}

/// The code tables.
fn read_tables(m: &mut Reader, source: &TableSource) -> Result<CompiledCode> {
    let mut compiled = CompiledCode {
        funcs: u32_pairs(m, "function table")?,
        ..CompiledCode::default()
    };
    let n = m.count("trap sites", TrapTable::RECORD)?;
    let traps = source.take(m, n, TrapTable::RECORD, "trap table")?;
    compiled.traps = TrapTable::from_packed(traps)
        .context("the precompiled module is damaged: an unknown trap code")?;
    let n = m.count("offset table", AddrMap::RECORD)?;
    let map = source.take(m, n, AddrMap::RECORD, "offset table")?;
    compiled.addr_map = AddrMap::from_packed(map).context("a damaged offset table")?;
    for _ in 0..m.count("libcall relocations", 5)? {
        let offset = m.u32("relocations")?;
        let libcall = *LIBCALLS
            .get(m.u8("relocations")? as usize)
            .context("the precompiled module is damaged: an unknown libcall")?;
        compiled.libcalls.push(LibcallReloc { offset, libcall });
    }
    for _ in 0..m.count("VMContext slots", 1)? {
        compiled.vmctx_slots.push(match m.u8("VMContext slots")? {
            0 => None,
            1 => Some(m.u32("VMContext slots")? as i32),
            _ => bail!("the precompiled module is damaged: a bad VMContext slot"),
        });
    }
    if compiled.vmctx_slots.len() != compiled.funcs.len() {
        bail!("the precompiled module is damaged: its function tables disagree");
    }
    Ok(compiled)
}

/// Where a memory image goes in memory, where it lies in the artefact, and
/// its bytes' checksum.
type PlacedImage = (usize, Range<usize>, u64);

/// The memory images' placements, checked to fit their memories.
fn read_images(m: &mut Reader, info: &ModuleInfo) -> Result<Vec<Option<PlacedImage>>> {
    let defined = &info.memories[info.num_imported_memories as usize..];
    let n = m.count("memory images", 1)?;
    if n != defined.len() {
        bail!(
            "the precompiled module is damaged: {n} memory images for {} memories",
            defined.len()
        );
    }
    let page = crate::runtime::code_memory::page_size();
    defined
        .iter()
        .map(|memory| {
            if m.u8("memory images")? == 0 {
                return Ok(None);
            }
            let mem_offset = m.usize("memory images")?;
            let start = m.usize("memory images")?;
            let len = m.usize("memory images")?;
            let sum = m.u64("memory images")?;
            let initial = memory.initial.saturating_mul(65536);
            let fits = mem_offset.is_multiple_of(page)
                && len.is_multiple_of(page)
                && len > 0
                && (mem_offset as u64).saturating_add(len as u64) <= initial;
            if !fits {
                bail!("the precompiled module is damaged: a memory image does not fit its memory");
            }
            Ok(Some((mem_offset, start..start.saturating_add(len), sum)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_version_is_refused_by_name() {
        let engine = Engine::default();
        let module = crate::Module::new(&engine, "(module (func (export \"f\")))").unwrap();
        let ours = compatibility(&engine).to_string();
        let version = format!("wasmrt={}", env!("CARGO_PKG_VERSION"));
        let theirs = ours.replace(&version, "wasmrt=99.0.0");
        let bytes = module
            .with_artifact_parts(|parts| write_with_header(&theirs, parts))
            .unwrap();
        let err = read(&engine, &bytes, None).err().expect("refused");
        assert_eq!(
            err.to_string(),
            format!(
                "the module was precompiled by wasmrt 99.0.0, not by this wasmrt {}",
                env!("CARGO_PKG_VERSION")
            )
        );
        let same = module
            .with_artifact_parts(|parts| write_with_header(&ours, parts))
            .unwrap();
        assert!(read(&engine, &same, None).is_ok());
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
