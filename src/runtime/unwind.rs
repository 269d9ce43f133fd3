//! A minimal setjmp/longjmp pair in assembly. `call_with_jmpbuf` saves the
//! callee-saved registers and resumes point, then calls a function;
//! `wasmrt_longjmp` returns from `call_with_jmpbuf` a second time with 1.
//! Because the "returns twice" happens inside the assembly function, Rust
//! code only ever sees an ordinary call that returns 0 or 1.

/// Saved registers: rbx, rbp, r12, r13, r14, r15, rsp, resume address.
#[repr(C)]
#[derive(Default)]
pub struct JmpBuf {
    regs: [usize; 8],
}

#[cfg(all(target_arch = "x86_64", unix))]
std::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl wasmrt_call_with_jmpbuf",
    ".hidden wasmrt_call_with_jmpbuf",
    "wasmrt_call_with_jmpbuf:",
    "push rbp",
    "mov rbp, rsp",
    "mov [rdi + 0], rbx",
    "mov [rdi + 8], rbp",
    "mov [rdi + 16], r12",
    "mov [rdi + 24], r13",
    "mov [rdi + 32], r14",
    "mov [rdi + 40], r15",
    "mov [rdi + 48], rsp",
    "lea rax, [rip + 2f]",
    "mov [rdi + 56], rax",
    "mov rdi, rdx",
    "call rsi",
    "xor eax, eax",
    "pop rbp",
    "ret",
    "2:",
    "mov eax, 1",
    "pop rbp",
    "ret",
    "",
    ".p2align 4",
    ".globl wasmrt_longjmp",
    ".hidden wasmrt_longjmp",
    "wasmrt_longjmp:",
    "mov rbx, [rdi + 0]",
    "mov rbp, [rdi + 8]",
    "mov r12, [rdi + 16]",
    "mov r13, [rdi + 24]",
    "mov r14, [rdi + 32]",
    "mov r15, [rdi + 40]",
    "mov rsp, [rdi + 48]",
    "jmp qword ptr [rdi + 56]",
);

#[cfg(not(all(target_arch = "x86_64", unix)))]
compile_error!("wasmrt's trap unwinding currently supports x86_64 Unix only");

unsafe extern "C" {
    fn wasmrt_call_with_jmpbuf(
        buf: *mut JmpBuf,
        f: unsafe extern "C" fn(*mut u8),
        data: *mut u8,
    ) -> i32;
    /// Resumes at the `call_with_jmpbuf` that filled `buf`.
    pub fn wasmrt_longjmp(buf: *const JmpBuf) -> !;
}

/// Calls `f` with `buf` armed; returns `false` if a longjmp to `buf` ended it.
///
/// `f` must not unwind (panic) and every frame between here and a longjmp
/// must be free of pending destructors.
#[inline]
pub fn call_with_jmpbuf<F: FnOnce()>(buf: *mut JmpBuf, f: F) -> bool {
    unsafe extern "C" fn call<F: FnOnce()>(data: *mut u8) {
        // SAFETY: `data` is the `Option<F>` below, alive for this call.
        let f = unsafe { &mut *data.cast::<Option<F>>() };
        (f.take().expect("called once"))();
    }
    let mut f = Some(f);
    // SAFETY: `buf` is valid for the call; the callee is `call::<F>` with
    // matching data. A longjmp only skips frames without destructors.
    let r = unsafe { wasmrt_call_with_jmpbuf(buf, call::<F>, (&raw mut f).cast()) };
    r == 0
}
