// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PinChecker.h"

#include "server/Router.h"

namespace docket {

PinChecker::PinChecker(std::size_t capacity, Check check)
    : m_queue(
          capacity,
          [check = check ? std::move(check) : Check(&Router::checkPin)](Submission &s) {
              s.done(check(*s.job));
          },
          [](Submission &s) {
              if (s.done)
                  s.done(PinVerdict::NotChecked);
          })
{}

bool PinChecker::trySubmit(std::shared_ptr<const PinCheckJob> job, Done done)
{
    Submission submission{std::move(job), std::move(done)};
    return m_queue.trySubmit(submission);
}

} // namespace docket
