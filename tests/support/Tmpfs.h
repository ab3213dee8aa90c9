// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace testsupport {

// Tests of a full or read-only disk run on a real tmpfs, mounted in a mount namespace of their
// own (`unshare`: through a user namespace, or as root), so that they need no privileges and
// leave nothing mounted. runOnTmpfs() runs the hidden test case `inner` of this same program
// again in such a namespace, with a fresh tmpfs of `megabytes` mounted at tmpfsMountPoint(),
// and checks that it passed. Where no namespace can be made, it fails the test, unless the
// environment says DOCKET_ALLOW_NO_TMPFS=1: then it warns and returns.
void runOnTmpfs(const char *inner, int megabytes);
// Inside the inner test case: where the tmpfs is (REQUIREs that it is a mount point).
QString tmpfsMountPoint();
// Makes the tmpfs read-only, as a CD or a locked USB stick is (REQUIREs success).
void remountReadOnly(const QString &mountPoint);
// Writes zeros into `path` until the disk refuses; the bytes written.
qint64 fillDisk(const QString &path);

} // namespace testsupport
