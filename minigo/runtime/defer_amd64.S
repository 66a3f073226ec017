/*
 * The jump a recovered panic makes back into the function that deferred the
 * recovering call (defer.c), x86-64.
 *
 * runtime_defer_setjmp(buffer) is called by a function with a defer frame, once,
 * on entry (codegen declares it returns_twice); it returns 0.  Later
 * runtime_defer_longjmp(buffer) makes that call return again, with 1.  Only what
 * the System V ABI asks a callee to preserve is saved -- rbx, rbp, r12-r15, the
 * stack pointer after the return and the return address: 8 words, no signal mask
 * and no pointer mangling, which is what makes it cheaper than the C library's
 * _setjmp on the path every call of such a function takes.  Neither Go code nor the
 * runtime changes the x87 control word or MXCSR, so they are not saved.
 *
 * Buffer layout (runtime.h DEFER_JUMP_WORDS): rbx rbp r12 r13 r14 r15 rsp pc.
 */
#if defined(__x86_64__)
    .text

/* int64_t runtime_defer_setjmp(void *buffer) */
    .globl runtime_defer_setjmp
    .type runtime_defer_setjmp, @function
    .p2align 4
runtime_defer_setjmp:
    .cfi_startproc
    movq %rbx, 0(%rdi)
    movq %rbp, 8(%rdi)
    movq %r12, 16(%rdi)
    movq %r13, 24(%rdi)
    movq %r14, 32(%rdi)
    movq %r15, 40(%rdi)
    leaq 8(%rsp), %rdx          /* the caller's sp once this call has returned */
    movq %rdx, 48(%rdi)
    movq (%rsp), %rdx           /* the return address */
    movq %rdx, 56(%rdi)
    xorl %eax, %eax
    ret
    .cfi_endproc
    .size runtime_defer_setjmp, .-runtime_defer_setjmp

/* noreturn void runtime_defer_longjmp(void *buffer) */
    .globl runtime_defer_longjmp
    .type runtime_defer_longjmp, @function
    .p2align 4
runtime_defer_longjmp:
    .cfi_startproc
    movq 0(%rdi), %rbx
    movq 8(%rdi), %rbp
    movq 16(%rdi), %r12
    movq 24(%rdi), %r13
    movq 32(%rdi), %r14
    movq 40(%rdi), %r15
    movq 48(%rdi), %rsp
    movl $1, %eax
    jmpq *56(%rdi)
    .cfi_endproc
    .size runtime_defer_longjmp, .-runtime_defer_longjmp
#endif

    .section .note.GNU-stack,"",@progbits
