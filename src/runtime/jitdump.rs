//! The `jitdump` profiler: `/tmp/jit-<pid>.dump` in the format Linux
//! `perf` documents (`tools/perf/Documentation/jitdump-specification.txt`):
//! a header, then one code-load record per compiled function holding its
//! address, name and machine code. The file's first page stays mapped
//! executable, which is how `perf record -k mono` notices the file; `perf
//! inject --jit` then turns the records into symbols and code `perf
//! report` and `perf annotate` can show.

use super::code_memory::CodeMemory;
use anyhow::{Context as _, Result};
use std::fs::File;
use std::io::Write as _;
use std::sync::Mutex;

/// "JiTD", as a little-endian u32.
const MAGIC: u32 = 0x4A69_5444;
const VERSION: u32 = 1;
const HEADER_SIZE: u32 = 40;
/// The record type of a function's code.
const CODE_LOAD: u32 = 0;

/// The open dump and the index of the next function.
struct Dump {
    file: File,
    next_index: u64,
    /// The mapping `perf` finds the file by, kept for the process's life.
    _marker: usize,
}

static DUMP: Mutex<Option<Dump>> = Mutex::new(None);

/// The ELF machine of the host (`e_machine`).
fn elf_machine() -> u32 {
    if cfg!(target_arch = "x86_64") {
        62 // EM_X86_64
    } else if cfg!(target_arch = "aarch64") {
        183 // EM_AARCH64
    } else if cfg!(target_arch = "riscv64") {
        243 // EM_RISCV
    } else {
        0
    }
}

/// `CLOCK_MONOTONIC` in nanoseconds, the clock `perf record -k mono` uses.
fn timestamp() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid place for the result.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// Creates the process's dump with its header and marker mapping, unless
/// an engine already did.
pub fn open() -> Result<()> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::OpenOptionsExt;
    let mut dump = DUMP.lock().unwrap_or_else(|e| e.into_inner());
    if dump.is_some() {
        return Ok(());
    }
    let path = format!("/tmp/jit-{}.dump", std::process::id());
    let fail = || format!("failed to create the jitdump file {path}");
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(&path)
        .with_context(fail)?;
    let mut header = Vec::with_capacity(HEADER_SIZE as usize);
    for word in [
        MAGIC,
        VERSION,
        HEADER_SIZE,
        elf_machine(),
        0,
        std::process::id(),
    ] {
        header.extend_from_slice(&word.to_le_bytes());
    }
    header.extend_from_slice(&timestamp().to_le_bytes());
    header.extend_from_slice(&0u64.to_le_bytes()); // flags
    file.write_all(&header).with_context(fail)?;
    let page = super::code_memory::page_size();
    // SAFETY: a fresh private mapping of our own file's first page; it is
    // never read or written through, only seen by perf.
    let marker = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            page,
            libc::PROT_READ | libc::PROT_EXEC,
            libc::MAP_PRIVATE,
            file.as_raw_fd(),
            0,
        )
    };
    if marker == libc::MAP_FAILED {
        return Err(std::io::Error::last_os_error()).with_context(fail);
    }
    *dump = Some(Dump {
        file,
        next_index: 0,
        _marker: marker as usize,
    });
    Ok(())
}

/// Adds a code-load record for each of a module's functions (named as in
/// the perf map). Profiling output is best effort: a failed write is not
/// an error for the module being loaded.
pub fn record(code: &CodeMemory) {
    let names = super::perf_map::names(code);
    let mut dump = DUMP.lock().unwrap_or_else(|e| e.into_inner());
    let Some(dump) = dump.as_mut() else {
        return;
    };
    // The kernel's thread id, as perf knows threads.
    // SAFETY: `gettid` has no preconditions.
    let tid = unsafe { libc::gettid() } as u32;
    for ((start, len), name) in code.functions().zip(&names) {
        // SAFETY: the function's bytes lie inside the published code.
        let bytes = unsafe { std::slice::from_raw_parts(start as *const u8, len as usize) };
        let size = 16 + 4 + 4 + 8 * 4 + name.len() + 1 + bytes.len();
        let mut rec = Vec::with_capacity(size);
        rec.extend_from_slice(&CODE_LOAD.to_le_bytes());
        rec.extend_from_slice(&(size as u32).to_le_bytes());
        rec.extend_from_slice(&timestamp().to_le_bytes());
        rec.extend_from_slice(&std::process::id().to_le_bytes());
        rec.extend_from_slice(&tid.to_le_bytes());
        rec.extend_from_slice(&(start as u64).to_le_bytes()); // vma
        rec.extend_from_slice(&(start as u64).to_le_bytes()); // code_addr
        rec.extend_from_slice(&u64::from(len).to_le_bytes());
        rec.extend_from_slice(&dump.next_index.to_le_bytes());
        rec.extend_from_slice(name.as_bytes());
        rec.push(0);
        rec.extend_from_slice(bytes);
        dump.next_index += 1;
        if dump.file.write_all(&rec).is_err() {
            return;
        }
    }
}
