/*
 * test.h: what every cmocka unit test includes, in the order cmocka needs.
 */
#ifndef CINEPROD_TEST_H
#define CINEPROD_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* Runs the group named after the file. */
#define RUN(tests) cmocka_run_group_tests_name(__FILE__, tests, NULL, NULL)

#endif
