/*
 * Assembly the runtime cannot write in C: switching the stack pointer.
 *
 * runtime_call_on_stack(fn, stack_top) runs fn() on another stack and comes back.
 * The main goroutine runs this way on a large stack of its own (see main.c), as gc
 * gives goroutines stacks that may grow to 1 GB.  The frame pointer is zeroed
 * before the call, so a traceback walking the rbp chain stops at fn's caller.
 * Invariant: rsp is 16-byte aligned at the call, as the System V ABI requires.
 */
    .text
    .globl runtime_call_on_stack
    .type runtime_call_on_stack, @function
runtime_call_on_stack:
    .cfi_startproc
    pushq %rbp
    .cfi_def_cfa_offset 16
    .cfi_offset %rbp, -16
    movq %rsp, %rbp
    .cfi_def_cfa_register %rbp
    pushq %rbx
    pushq %rbx                  /* keeps rsp 16-byte aligned */
    .cfi_offset %rbx, -24
    movq %rsp, %rbx             /* rbx is callee-saved: fn preserves it */
    movq %rsi, %rsp
    andq $-16, %rsp
    xorl %ebp, %ebp
    callq *%rdi
    movq %rbx, %rsp
    popq %rbx
    popq %rbx
    popq %rbp
    .cfi_def_cfa %rsp, 8
    ret
    .cfi_endproc
    .size runtime_call_on_stack, .-runtime_call_on_stack

    .section .note.GNU-stack,"",@progbits
