//! Executable memory for compiled code, and the process-wide registry that
//! maps a program counter back to the code (for traps and backtraces).

use crate::environ::{CompiledCode, FuncNames, Libcall, TrapCode};
use anyhow::{Result, bail};
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};

/// Names and indices that describe the functions in one code region.
#[derive(Debug, Default)]
pub struct FrameMetadata {
    pub module_name: Option<String>,
    pub func_names: Arc<FuncNames>,
    /// Function index of the region's first compiled function; `None` for
    /// trampolines, which are not wasm functions.
    pub first_func_index: Option<u32>,
    /// Module byte offset where each compiled function's body starts.
    pub body_offsets: Vec<usize>,
}

/// One mapped, registered region of machine code.
#[derive(Debug)]
pub struct CodeMemory {
    ptr: *mut u8,
    len: usize,
    /// Bytes of code at `ptr` (the rest of `len` is padding).
    code_len: usize,
    info: CompiledCode,
    pub meta: FrameMetadata,
}

// SAFETY: the mapping is immutable (read+execute) once published, and the
// metadata is plain data.
unsafe impl Send for CodeMemory {}
// SAFETY: as above; nothing is mutated after construction.
unsafe impl Sync for CodeMemory {}

fn libcall_address(lc: Libcall) -> usize {
    extern "C" fn ceil_f32(x: f32) -> f32 {
        x.ceil()
    }
    extern "C" fn ceil_f64(x: f64) -> f64 {
        x.ceil()
    }
    extern "C" fn floor_f32(x: f32) -> f32 {
        x.floor()
    }
    extern "C" fn floor_f64(x: f64) -> f64 {
        x.floor()
    }
    extern "C" fn trunc_f32(x: f32) -> f32 {
        x.trunc()
    }
    extern "C" fn trunc_f64(x: f64) -> f64 {
        x.trunc()
    }
    extern "C" fn nearest_f32(x: f32) -> f32 {
        x.round_ties_even()
    }
    extern "C" fn nearest_f64(x: f64) -> f64 {
        x.round_ties_even()
    }
    extern "C" fn fma_f32(a: f32, b: f32, c: f32) -> f32 {
        a.mul_add(b, c)
    }
    extern "C" fn fma_f64(a: f64, b: f64, c: f64) -> f64 {
        a.mul_add(b, c)
    }
    match lc {
        Libcall::CeilF32 => ceil_f32 as *const () as usize,
        Libcall::CeilF64 => ceil_f64 as *const () as usize,
        Libcall::FloorF32 => floor_f32 as *const () as usize,
        Libcall::FloorF64 => floor_f64 as *const () as usize,
        Libcall::TruncF32 => trunc_f32 as *const () as usize,
        Libcall::TruncF64 => trunc_f64 as *const () as usize,
        Libcall::NearestF32 => nearest_f32 as *const () as usize,
        Libcall::NearestF64 => nearest_f64 as *const () as usize,
        Libcall::FmaF32 => fma_f32 as *const () as usize,
        Libcall::FmaF64 => fma_f64 as *const () as usize,
    }
}

impl CodeMemory {
    /// Maps `info.code` executable, patches libcalls, and registers it.
    pub fn publish(mut info: CompiledCode, meta: FrameMetadata) -> Result<PublishedCode> {
        let code_len = info.code.len();
        let len = code_len.max(1).next_multiple_of(page_size());
        let ptr = map_writable(len, None)
            .map_err(|e| anyhow::anyhow!("failed to map {len} bytes for code: {e}"))?;
        // SAFETY: the mapping is `len >= code_len` bytes, writable, and ours.
        unsafe { std::ptr::copy_nonoverlapping(info.code.as_ptr(), ptr, code_len) };
        // The mapping holds the code from here on.
        info.code = Vec::new();
        // SAFETY: as above.
        unsafe { Self::finish(ptr, len, code_len, info, meta) }
    }

    /// Maps `code_len` bytes of machine code at `offset` (a multiple of the
    /// page size) in `file` as the code of `info` (whose `code` is empty),
    /// without copying it: only the pages with libcall relocations become
    /// private copies when they are patched.
    ///
    /// # Safety
    /// The file's bytes there must be code that wasmrt compiled for these
    /// tables, and the file must not change while the code is mapped.
    pub unsafe fn publish_file(
        file: &std::fs::File,
        offset: usize,
        code_len: usize,
        info: CompiledCode,
        meta: FrameMetadata,
    ) -> Result<PublishedCode> {
        if !offset.is_multiple_of(page_size()) {
            bail!("the code of a precompiled file is not page-aligned (offset {offset})");
        }
        let len = code_len.max(1).next_multiple_of(page_size());
        let ptr = map_writable(len, Some((file, offset)))
            .map_err(|e| anyhow::anyhow!("failed to map the code of a precompiled file: {e}"))?;
        // SAFETY: as the caller guarantees; the mapping is ours.
        unsafe { Self::finish(ptr, len, code_len, info, meta) }
    }

    /// Patches libcalls into the writable mapping `ptr..ptr+len` holding
    /// `code_len` bytes of code, makes it executable and registers it.
    ///
    /// # Safety
    /// The mapping must be ours, writable, and hold the code of `info`.
    unsafe fn finish(
        ptr: *mut u8,
        len: usize,
        code_len: usize,
        info: CompiledCode,
        meta: FrameMetadata,
    ) -> Result<PublishedCode> {
        // SAFETY: relocation offsets lie inside the code (the compiler put
        // them there; a loaded artefact's are checked against its length).
        unsafe {
            for r in &info.libcalls {
                let addr = libcall_address(r.libcall) as u64;
                ptr.add(r.offset as usize)
                    .cast::<u64>()
                    .write_unaligned(addr);
            }
            if libc::mprotect(ptr.cast(), len, libc::PROT_READ | libc::PROT_EXEC) != 0 {
                let err = std::io::Error::last_os_error();
                libc::munmap(ptr.cast(), len);
                bail!("failed to make code executable: {err}");
            }
        }
        let code = Arc::new(CodeMemory {
            ptr,
            len,
            code_len,
            info,
            meta,
        });
        registry()
            .write()
            .unwrap()
            .insert(ptr as usize + len, code.clone());
        Ok(PublishedCode(code))
    }

    /// The linked machine code, as compiled: with the libcall addresses
    /// of this process zeroed, as they were before loading.
    pub fn unpatched_code(&self) -> Vec<u8> {
        // SAFETY: the mapping holds `code_len` bytes of readable code.
        let mut code = unsafe { std::slice::from_raw_parts(self.ptr, self.code_len) }.to_vec();
        for r in &self.info.libcalls {
            let at = r.offset as usize;
            code[at..at + 8].fill(0);
        }
        code
    }

    /// The code's tables (its `code` is empty: the mapping holds it).
    pub fn tables(&self) -> &CompiledCode {
        &self.info
    }

    /// Address of compiled function `i` (position in the region).
    pub fn func_ptr(&self, i: usize) -> *const u8 {
        // SAFETY: offsets come from the linker and lie inside the mapping.
        unsafe { self.ptr.add(self.info.funcs[i].0 as usize) }
    }

    pub fn start(&self) -> usize {
        self.ptr as usize
    }

    /// Where the code lies in memory.
    pub fn range(&self) -> std::ops::Range<*const u8> {
        let start = self.ptr.cast_const();
        // SAFETY: the mapping holds `code_len` bytes of code from `ptr`.
        start..unsafe { start.add(self.code_len) }
    }

    /// Each compiled function's start address and length in bytes, in
    /// order.
    pub fn functions(&self) -> impl Iterator<Item = (usize, u32)> + '_ {
        self.info
            .funcs
            .iter()
            .map(|&(start, len)| (self.start() + start as usize, len))
    }

    /// The trap recorded at `pc`, if any.
    pub fn trap_at(&self, pc: usize) -> Option<TrapCode> {
        let off = u32::try_from(pc.checked_sub(self.start())?).ok()?;
        self.info.traps.at(off)
    }

    /// The function containing `pc`: (position in the region, its start offset).
    pub fn func_at(&self, pc: usize) -> Option<(usize, u32)> {
        let off = u32::try_from(pc.checked_sub(self.start())?).ok()?;
        let funcs = &self.info.funcs;
        let i = funcs.partition_point(|f| f.0 <= off).checked_sub(1)?;
        let (start, len) = funcs[i];
        (off < start + len).then_some((i, start))
    }

    /// Where function `pos` of the region keeps its VMContext: an offset
    /// from its frame pointer (`None` for trampolines).
    pub fn vmctx_slot(&self, pos: usize) -> Option<i32> {
        self.info.vmctx_slots.get(pos).copied().flatten()
    }

    /// The wasm byte offset of the instruction at `pc`.
    pub fn wasm_offset(&self, pc: usize) -> Option<u32> {
        let off = u32::try_from(pc.checked_sub(self.start())?).ok()?;
        self.info.addr_map.lookup(off)
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        // SAFETY: unmapping our own mapping; it was unregistered first, and
        // no code in it can run once its last owner is gone.
        unsafe {
            libc::munmap(self.ptr.cast(), self.len);
        }
    }
}

/// A private, readable and writable mapping of `len` bytes: anonymous, or
/// of `file` from `offset` (then writes go to private copies of the
/// pages they touch).
fn map_writable(len: usize, file: Option<(&std::fs::File, usize)>) -> std::io::Result<*mut u8> {
    use std::os::fd::AsRawFd;
    let (flags, fd, offset) = match file {
        Some((f, offset)) => (libc::MAP_PRIVATE, f.as_raw_fd(), offset as libc::off_t),
        None => (libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0),
    };
    // SAFETY: a new mapping at an address of the kernel's choosing, of an
    // open descriptor or none; failure is checked below.
    let ptr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            flags,
            fd,
            offset,
        )
    };
    if ptr == libc::MAP_FAILED {
        return Err(std::io::Error::last_os_error());
    }
    Ok(ptr.cast())
}

pub fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize }
}

type Registry = RwLock<BTreeMap<usize, Arc<CodeMemory>>>;

fn registry() -> &'static Registry {
    static REGISTRY: Registry = RwLock::new(BTreeMap::new());
    &REGISTRY
}

/// Owner of a registered code region; dropping it unregisters the region
/// (the memory is unmapped once no lookup holds it any more).
#[derive(Debug)]
pub struct PublishedCode(Arc<CodeMemory>);

impl std::ops::Deref for PublishedCode {
    type Target = CodeMemory;
    fn deref(&self) -> &CodeMemory {
        &self.0
    }
}

impl Drop for PublishedCode {
    fn drop(&mut self) {
        if let Ok(mut reg) = registry().write() {
            reg.remove(&(self.0.ptr as usize + self.0.len));
        }
    }
}

/// The code region containing `pc`, if it is generated code.
pub fn lookup_code(pc: usize) -> Option<Arc<CodeMemory>> {
    let reg = registry().read().ok()?;
    let (_, code) = reg.range(pc + 1..).next()?;
    (pc >= code.start()).then(|| code.clone())
}

/// Whether `pc` lies in generated code, without cloning (signal-handler use).
pub fn with_code<R>(pc: usize, f: impl FnOnce(&CodeMemory) -> R) -> Option<R> {
    let reg = registry().read().ok()?;
    let (_, code) = reg.range(pc + 1..).next()?;
    (pc >= code.start()).then(|| f(code))
}
