// A struct type nested 32 deep: its size and field offsets are computed in time
// linear in the depth (the compiler once took 2**depth steps).
package main

import "fmt"

func main() {
	var x struct {
		a byte
		f struct {
			a byte
			f struct {
				a byte
				f struct {
					a byte
					f struct {
						a byte
						f struct {
							a byte
							f struct {
								a byte
								f struct {
									a byte
									f struct {
										a byte
										f struct {
											a byte
											f struct {
												a byte
												f struct {
													a byte
													f struct {
														a byte
														f struct {
															a byte
															f struct {
																a byte
																f struct {
																	a byte
																	f struct {
																		a byte
																		f struct {
																			a byte
																			f struct {
																				a byte
																				f struct {
																					a byte
																					f struct {
																						a byte
																						f struct {
																							a byte
																							f struct {
																								a byte
																								f struct {
																									a byte
																									f struct {
																										a byte
																										f struct {
																											a byte
																											f struct {
																												a byte
																												f struct {
																													a byte
																													f struct {
																														a byte
																														f struct {
																															a byte
																															f struct {
																																a byte
																																f struct {
																																	a byte
																																	f int
																																}
																															}
																														}
																													}
																												}
																											}
																										}
																									}
																								}
																							}
																						}
																					}
																				}
																			}
																		}
																	}
																}
															}
														}
													}
												}
											}
										}
									}
								}
							}
						}
					}
				}
			}
		}
	}
	x.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f = 42
	x.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.a = 7
	y := x
	fmt.Println(y.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f, y.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.f.a)
}
