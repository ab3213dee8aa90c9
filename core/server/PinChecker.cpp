// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PinChecker.h"

#include "server/Router.h"

namespace docket {

PinChecker::PinChecker(std::size_t capacity)
    : m_queue(
          capacity, [](Submission &s) { s.done(Router::checkPin(*s.job)); },
          [](Submission &s) { s.done(PinVerdict::NotChecked); })
{}

bool PinChecker::trySubmit(std::shared_ptr<const PinCheckJob> job, Done done)
{
    Submission submission{std::move(job), std::move(done)};
    return m_queue.trySubmit(submission);
}

} // namespace docket
