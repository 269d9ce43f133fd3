//! `wasm_module_serialize` / `wasm_module_deserialize`: a compiled module
//! as bytes and back, within the same wasmrt version. The bytes are not
//! machine code (a full ahead-of-time format is later work) but the
//! module's binary in a checked envelope; deserializing compiles it again
//! for the store's engine. Bytes that are not wasmrt's own are rejected:
//!
//! ```text
//! magic "\0wasmrt\0" | format version: u32 LE | wasmrt version: u8 length + text
//! | payload length: u64 LE | FNV-1a 64 of the payload: u64 LE | payload (the wasm binary)
//! ```

use super::module::wasm_module_t;
use super::store::wasm_store_t;
use super::vec::wasm_byte_vec_t;

/// The first bytes of every serialized module (a wasm binary starts with
/// "\0asm", so neither is mistaken for the other).
const MAGIC: &[u8; 8] = b"\0wasmrt\0";

/// The envelope's layout version.
const FORMAT_VERSION: u32 = 1;

/// The wasmrt version that wrote the bytes; only the same one reads them.
const WASMRT_VERSION: &str = env!("CARGO_PKG_VERSION");

/// FNV-1a, 64 bits: enough to catch damaged or foreign bytes (this is no
/// defence against a forger; the binary is validated again anyway).
fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The envelope around `wasm`.
fn serialize(wasm: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(wasm.len() + 64);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.push(WASMRT_VERSION.len() as u8);
    out.extend_from_slice(WASMRT_VERSION.as_bytes());
    out.extend_from_slice(&(wasm.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(wasm).to_le_bytes());
    out.extend_from_slice(wasm);
    out
}

/// Reads `bytes` from the front of a serialized module.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &str) -> anyhow::Result<&'a [u8]> {
        if self.0.len() < n {
            anyhow::bail!("the bytes end before the {what}");
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u64(&mut self, what: &str) -> anyhow::Result<u64> {
        let bytes = self.take(8, what)?;
        Ok(u64::from_le_bytes(bytes.try_into().expect("8 bytes")))
    }
}

/// The wasm binary inside `bytes`, or why they are not a module this
/// wasmrt serialized.
fn deserialize(bytes: &[u8]) -> anyhow::Result<&[u8]> {
    let mut r = Reader(bytes);
    if r.take(MAGIC.len(), "magic header")? != MAGIC {
        anyhow::bail!("the bytes are not a module serialized by wasmrt (no magic header)");
    }
    let format = r.take(4, "format version")?;
    let format = u32::from_le_bytes(format.try_into().expect("4 bytes"));
    let len = usize::from(r.take(1, "wasmrt version")?[0]);
    let version = r.take(len, "wasmrt version")?;
    if format != FORMAT_VERSION || version != WASMRT_VERSION.as_bytes() {
        anyhow::bail!(
            "the module was serialized by wasmrt {} (format {format}), not by this wasmrt {WASMRT_VERSION} (format {FORMAT_VERSION})",
            String::from_utf8_lossy(version)
        );
    }
    let size = r.u64("payload length")?;
    let sum = r.u64("checksum")?;
    if r.0.len() as u64 != size {
        anyhow::bail!("the payload is {} bytes, not {size}", r.0.len());
    }
    if checksum(r.0) != sum {
        anyhow::bail!("the payload does not match its checksum (the bytes are damaged)");
    }
    Ok(r.0)
}

/// Sets `out` to the serialized module, owned by the caller
/// (`wasm_byte_vec_delete`), for `wasm_module_deserialize` of the same
/// wasmrt version; nothing is written for null arguments.
///
/// # Safety
/// `module` must be a live module or null; `out` writable or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_serialize(
    module: *const wasm_module_t,
    out: *mut wasm_byte_vec_t,
) {
    // SAFETY: live or null, as the caller guarantees.
    if let (Some(m), Some(out)) = (unsafe { module.as_ref() }, unsafe { out.as_mut() }) {
        crate::capi::guard(
            |_| (),
            || *out = wasm_byte_vec_t::from_vec(serialize(&m.wasm)),
        );
    }
}

/// The module `wasm_module_serialize` wrote into `bytes`, compiled for the
/// engine of `store` and owned by the caller (`wasm_module_delete`); null
/// for null arguments, and for bytes that are not a module serialized by
/// this wasmrt version (no magic header, another version, a wrong length
/// or checksum) or not valid for this engine.
///
/// # Safety
/// `store` must be live or null; `bytes` a live vector or null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wasm_module_deserialize(
    store: *mut wasm_store_t,
    bytes: *const wasm_byte_vec_t,
) -> *mut wasm_module_t {
    // SAFETY: live or null, as the caller guarantees.
    let (Some(store), Some(bytes)) = (unsafe { store.as_ref() }, unsafe { bytes.as_ref() }) else {
        return std::ptr::null_mut();
    };
    crate::capi::guard(
        |_| std::ptr::null_mut(),
        || match deserialize(bytes.as_slice()) {
            Ok(wasm) => wasm_module_t::compile(store.store.engine(), wasm),
            Err(_) => std::ptr::null_mut(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::{deserialize, serialize};

    #[test]
    fn round_trip_and_rejections() {
        let wasm = b"\0asm\x01\0\0\0";
        let bytes = serialize(wasm);
        assert_eq!(deserialize(&bytes).unwrap(), wasm);
        let said = |b: &[u8]| deserialize(b).unwrap_err().to_string();
        assert!(said(wasm).contains("no magic header"));
        assert!(said(&bytes[..10]).contains("end before"));
        let mut damaged = bytes.clone();
        *damaged.last_mut().unwrap() ^= 1;
        assert!(said(&damaged).contains("checksum"));
        let mut other = bytes.clone();
        other[8] = 2;
        assert!(said(&other).contains("not by this wasmrt"));
        assert!(said(&bytes[..bytes.len() - 1]).contains("not 8"));
    }
}
