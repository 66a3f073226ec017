/*
 * Switching stacks on x86-64: the only part of the scheduler that C cannot say.
 *
 * A switched-out context is nothing but a stack pointer.  Everything else the
 * System V ABI asks a callee to preserve (rbx, rbp, r12-r15) is pushed on the
 * old stack before sp is saved, and popped from the new stack after it is
 * loaded; the caller-saved registers are dead across the call by the ABI, so they
 * need no saving.  That makes a switch a dozen instructions (no syscall, no signal
 * mask: swapcontext costs twenty times more).  The x87 control word and MXCSR are
 * not saved: neither Go code nor the runtime changes them.
 *
 * Layout of a saved context, from the saved sp upwards:
 *     r15 r14 r13 r12 rbx rbp <return address>
 * so the saved frame pointer is at sp+40 and the pc at sp+48 (sched.h's
 * CONTEXT_FRAME_OFFSET / CONTEXT_PC_OFFSET, which tracebacks of parked goroutines
 * start from).
 *
 * A new goroutine's stack is pre-filled with that same layout: r12 = the function,
 * r13 = its argument, rbp = 0 (the end of the frame chain), and the return address
 * = runtime_goroutine_entry.  The first switch to it therefore "returns" into the
 * entry trampoline, which calls fn(argument) with sp 16-byte aligned and then
 * runtime_goexit().
 *
 * Another architecture supplies the same three symbols in asm_<arch>.S.
 */
#if defined(__x86_64__)
    .text

/* void runtime_context_switch(uintptr_t *save_sp, uintptr_t new_sp) */
    .globl runtime_context_switch
    .type runtime_context_switch, @function
    .p2align 4
runtime_context_switch:
    .cfi_startproc
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .cfi_endproc
    .size runtime_context_switch, .-runtime_context_switch

/* void enter_syscall(void): the collector scans a goroutine in a system call
 * from its caller's sp, with the callee-saved registers its caller had, which
 * the kernel or the C code below may hold anywhere.  So they are saved here,
 * before any C code can change them, and enter_syscall_recorded (syscall.c)
 * copies them into the G. */
    .globl enter_syscall
    .type enter_syscall, @function
    .p2align 4
enter_syscall:
    .cfi_startproc
    subq $56, %rsp              /* six registers and a pad: sp 16-byte aligned */
    .cfi_adjust_cfa_offset 56
    movq %rbx, 0(%rsp)
    movq %rbp, 8(%rsp)
    movq %r12, 16(%rsp)
    movq %r13, 24(%rsp)
    movq %r14, 32(%rsp)
    movq %r15, 40(%rsp)
    movq %rsp, %rdi
    call enter_syscall_recorded
    addq $56, %rsp
    .cfi_adjust_cfa_offset -56
    ret
    .cfi_endproc
    .size enter_syscall, .-enter_syscall

/* uintptr_t runtime_context_make(uintptr_t stack_top, void (*fn)(void *), void *argument)
 * stack_top must be 16-byte aligned; returns the sp to switch to. */
    .globl runtime_context_make
    .type runtime_context_make, @function
    .p2align 4
runtime_context_make:
    .cfi_startproc
    leaq runtime_goroutine_entry(%rip), %rax
    movq %rax, -8(%rdi)         /* return address: after the ret, sp = stack_top */
    movq $0, -16(%rdi)          /* rbp: ends the frame-pointer chain */
    movq $0, -24(%rdi)          /* rbx */
    movq %rsi, -32(%rdi)        /* r12 = fn */
    movq %rdx, -40(%rdi)        /* r13 = argument */
    movq $0, -48(%rdi)          /* r14 */
    movq $0, -56(%rdi)          /* r15 */
    leaq -56(%rdi), %rax
    ret
    .cfi_endproc
    .size runtime_context_make, .-runtime_context_make

/* The bottom frame of every goroutine.  Entered by ret with
 * sp = stack_top (16-byte aligned), so the call below sees the ABI's alignment. */
    .globl runtime_goroutine_entry
    .type runtime_goroutine_entry, @function
    .p2align 4
runtime_goroutine_entry:
    .cfi_startproc
    .cfi_undefined rip          /* unwinders stop here */
    movq %r13, %rdi
    callq *%r12
    callq runtime_goexit
    ud2
    .cfi_endproc
    .size runtime_goroutine_entry, .-runtime_goroutine_entry

/* A goroutine's first run, entered by the first switch's ret while sp is still in
 * the G's start_frame (its stack is bound lazily, so goroutines created in a burst
 * cost no stack pages until they run).  Moves to the M's scheduler stack (g0, free
 * while a goroutine runs; M.g0_sp is at offset 8, pinned by goroutine.c), binds a
 * stack there, then starts fn(argument) as runtime_goroutine_entry does for any
 * goroutine.  rbx holds the G. */
    .globl goroutine_first_entry
    .hidden goroutine_first_entry
    .type goroutine_first_entry, @function
    .p2align 4
goroutine_first_entry:
    .cfi_startproc
    .cfi_undefined rip
    movq runtime_current_m@gottpoff(%rip), %rax
    movq %fs:(%rax), %rax
    movq 8(%rax), %rsp
    andq $-16, %rsp
    movq %rbx, %rdi
    call goroutine_bind_stack
    movq %rax, %rsp
    jmp runtime_goroutine_entry
    .cfi_endproc
    .size goroutine_first_entry, .-goroutine_first_entry

    .section .note.GNU-stack,"",@progbits
#endif
