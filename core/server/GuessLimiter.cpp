// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/GuessLimiter.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cmath>
#include <cstring>
#include <limits>
#include <netinet/in.h>

namespace docket {

QByteArray clientKey(QByteArrayView address)
{
    if (address.isEmpty() || address.size() >= INET6_ADDRSTRLEN)
        return address.toByteArray();
    const QByteArray text = address.toByteArray(); // NUL-terminated for inet_pton
    in6_addr v6{};
    if (inet_pton(AF_INET6, text.constData(), &v6) != 1)
        return text; // IPv4 (counted per address), or not an address at all
    char out[INET6_ADDRSTRLEN] = {};
    if (IN6_IS_ADDR_V4MAPPED(&v6)) {
        // An IPv4 phone reaching a server that listens on "::": one key per IPv4 address, as
        // when it listens on 0.0.0.0, never one /64 for every IPv4 client.
        in_addr v4{};
        std::memcpy(&v4, v6.s6_addr + 12, sizeof v4);
        inet_ntop(AF_INET, &v4, out, sizeof out);
        return QByteArray(out);
    }
    std::memset(v6.s6_addr + 8, 0, 8);
    inet_ntop(AF_INET6, &v6, out, sizeof out);
    return QByteArray(out) + "/64";
}

// --- TokenBuckets ------------------------------------------------------------------------------

double TokenBuckets::tokensAt(const Bucket &bucket, Clock::time_point now) const
{
    const double periods = std::chrono::duration<double>(now - bucket.updated) /
                           std::chrono::duration<double>(m_policy.refill);
    return std::min<double>(m_policy.burst, bucket.tokens + std::max(0.0, periods));
}

bool TokenBuckets::allows(const QByteArray &key, Clock::time_point now) const
{
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() || tokensAt(it.value(), now) >= 1.0;
}

int TokenBuckets::retryAfterSeconds(const QByteArray &key, Clock::time_point now) const
{
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.cend())
        return 0;
    const double tokens = tokensAt(it.value(), now);
    if (tokens >= 1.0)
        return 0;
    const double seconds = (1.0 - tokens) * std::chrono::duration<double>(m_policy.refill).count();
    return std::max(1, static_cast<int>(std::ceil(seconds)));
}

void TokenBuckets::makeRoom(Clock::time_point now)
{
    // A full bucket holds no information: forgetting it changes nothing for its client.
    for (auto it = m_buckets.begin(); it != m_buckets.end();)
        it = tokensAt(it.value(), now) >= m_policy.burst ? m_buckets.erase(it) : std::next(it);
    if (m_buckets.size() < m_policy.capacity)
        return;

    // Still full, of clients that missed recently. Forget a batch (so that a flood of new
    // keys costs one sweep per batch, not one per key) of those that still allow, the fullest
    // (least spent) and the oldest first; a bucket that is limiting stays.
    struct Candidate
    {
        QByteArray key;
        double tokens;
        Clock::time_point updated;
    };
    std::vector<Candidate> allowing;
    Candidate soonest{{}, -1.0, {}};
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        const double tokens = tokensAt(it.value(), now);
        if (tokens >= 1.0)
            allowing.push_back({it.key(), tokens, it.value().updated});
        else if (tokens > soonest.tokens)
            soonest = {it.key(), tokens, it.value().updated};
    }
    if (!allowing.empty()) {
        const auto leastKnown = [](const Candidate &a, const Candidate &b) {
            return a.tokens != b.tokens ? a.tokens > b.tokens : a.updated < b.updated;
        };
        const std::size_t batch = std::min<std::size_t>(
            allowing.size(),
            std::max<std::size_t>(1, static_cast<std::size_t>(m_policy.capacity) / 8));
        std::partial_sort(allowing.begin(), allowing.begin() + static_cast<std::ptrdiff_t>(batch),
                          allowing.end(), leastKnown);
        for (std::size_t i = 0; i < batch; ++i)
            m_buckets.remove(allowing[i].key);
        return;
    }
    // Every bucket is limiting: memory must stay bounded, so the one that would allow again
    // soonest goes (it knows least). Counted, because a hall should never get here.
    m_buckets.remove(soonest.key);
    ++m_limitingEvictions;
}

bool TokenBuckets::take(const QByteArray &key, Clock::time_point now)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_policy.capacity)
            makeRoom(now);
        it = m_buckets.insert(key, Bucket{static_cast<double>(m_policy.burst), now});
    }
    Bucket &bucket = it.value();
    bucket.tokens = tokensAt(bucket, now);
    bucket.updated = now;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

void TokenBuckets::giveBack(const QByteArray &key, Clock::time_point now)
{
    const auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        return; // forgotten meanwhile: it was full, or the least informative
    Bucket &bucket = it.value();
    bucket.tokens = std::min<double>(m_policy.burst, tokensAt(bucket, now) + 1.0);
    bucket.updated = now;
}

// --- GuessLimiter ------------------------------------------------------------------------------

TokenBuckets::Policy GuessLimiter::pinsPerMeetingFor(const Policy &policy, int digits)
{
    TokenBuckets::Policy scaled = policy.pinsPerMeeting;
    for (int d = kShortestPin; d < std::clamp(digits, kShortestPin, kLongestPin); ++d) {
        scaled.burst = static_cast<int>(
            std::min<std::int64_t>(std::int64_t(scaled.burst) * 10, 1'000'000'000));
        scaled.refill = std::max(std::chrono::milliseconds(1), scaled.refill / 10);
    }
    return scaled;
}

GuessLimiter::GuessLimiter(Policy policy, std::function<Clock::time_point()> now)
    : m_now(std::move(now)), m_epoch(m_now())
{
    setPolicy(policy);
}

void GuessLimiter::setPolicy(const Policy &policy)
{
    const std::lock_guard lock(m_mutex);
    m_policy = policy;
    m_wrongCodes = TokenBuckets(policy.wrongCodesPerAddress);
    m_surveyAnswers = TokenBuckets(policy.surveyAnswersPerAddress);
    m_pinDevices = TokenBuckets(policy.pinsPerDevice);
    m_pinAddresses = TokenBuckets(policy.pinsPerAddress);
    for (int digits = kShortestPin; digits <= kLongestPin; ++digits)
        meetingBuckets(digits) = TokenBuckets(pinsPerMeetingFor(policy, digits));
    m_pinFailures.clear();
    m_debts.clear();
}

TokenBuckets &GuessLimiter::meetingBuckets(int digits)
{
    return m_pinMeetings[static_cast<std::size_t>(std::clamp(digits, kShortestPin, kLongestPin) -
                                                  kShortestPin)];
}

GuessLimiter::Policy GuessLimiter::policy() const
{
    const std::lock_guard lock(m_mutex);
    return m_policy;
}

std::int64_t GuessLimiter::minuteOf(Clock::time_point now) const
{
    return std::chrono::duration_cast<std::chrono::minutes>(now - m_epoch).count();
}

int GuessLimiter::countWrongCode(QByteArrayView clientAddress)
{
    const QByteArray key = clientKey(clientAddress);
    const Clock::time_point now = m_now();
    const std::lock_guard lock(m_mutex);
    if (m_wrongCodes.take(key, now)) {
        m_wrongCodeCount.fetch_add(1, std::memory_order_relaxed);
        return 0;
    }
    m_refusedCodeCount.fetch_add(1, std::memory_order_relaxed);
    return m_wrongCodes.retryAfterSeconds(key, now);
}

int GuessLimiter::countSurveyAnswer(QByteArrayView clientAddressAndDevice)
{
    // "ADDRESS|DEVICE": the address folded like every other key, the device kept apart.
    const qsizetype bar = clientAddressAndDevice.indexOf('|');
    const QByteArray key = bar < 0 ? clientKey(clientAddressAndDevice)
                                   : clientKey(clientAddressAndDevice.first(bar)) +
                                         clientAddressAndDevice.sliced(bar).toByteArray();
    const Clock::time_point now = m_now();
    const std::lock_guard lock(m_mutex);
    if (m_surveyAnswers.take(key, now))
        return 0;
    return m_surveyAnswers.retryAfterSeconds(key, now);
}

int GuessLimiter::beginPinAttempt(const PinAttempt &attempt)
{
    const QByteArray meeting = attempt.meeting.toUtf8();
    const QByteArray address = clientKey(attempt.clientAddress);
    const Clock::time_point now = m_now();
    const std::lock_guard lock(m_mutex);
    const bool deviceAllows = attempt.device.isEmpty() || m_pinDevices.allows(attempt.device, now);
    const bool addressAllows = m_pinAddresses.allows(address, now);
    TokenBuckets &meetings = meetingBuckets(attempt.digits);
    const bool meetingAllows = meetings.allows(meeting, now);
    if (deviceAllows && addressAllows && meetingAllows) {
        if (!attempt.device.isEmpty())
            m_pinDevices.take(attempt.device, now);
        m_pinAddresses.take(address, now);
        meetings.take(meeting, now);
        return 0;
    }
    m_refusedPinCount.fetch_add(1, std::memory_order_relaxed);
    // Only the address's or the meeting's budget running out says "guessing": one phone
    // spending its own few tries is a person who forgot the PIN.
    recordPinFailure(attempt.meeting, now, 0, 1, addressAllows && meetingAllows ? 0 : 1);
    int retryAfter = 1;
    if (!attempt.device.isEmpty())
        retryAfter = std::max(retryAfter, m_pinDevices.retryAfterSeconds(attempt.device, now));
    retryAfter = std::max(retryAfter, m_pinAddresses.retryAfterSeconds(address, now));
    return std::max(retryAfter, meetings.retryAfterSeconds(meeting, now));
}

void GuessLimiter::endPinAttempt(const PinAttempt &attempt, PinOutcome outcome)
{
    const Clock::time_point now = m_now();
    const std::lock_guard lock(m_mutex);
    if (outcome == PinOutcome::Wrong) {
        m_wrongPinCount.fetch_add(1, std::memory_order_relaxed);
        recordPinFailure(attempt.meeting, now, 1, 0, 0);
        rememberWrongTry(attempt, now);
        return;
    }
    if (!attempt.device.isEmpty())
        m_pinDevices.giveBack(attempt.device, now);
    m_pinAddresses.giveBack(clientKey(attempt.clientAddress), now);
    meetingBuckets(attempt.digits).giveBack(attempt.meeting.toUtf8(), now);
    if (outcome == PinOutcome::Right)
        refundWrongTries(attempt, now);
}

void GuessLimiter::rememberWrongTry(const PinAttempt &attempt, Clock::time_point now)
{
    if (attempt.device.isEmpty())
        return; // nobody to give them back to
    const QByteArray key = attempt.device + '\n' + attempt.meeting.toUtf8();
    auto it = m_debts.find(key);
    if (it == m_debts.end()) {
        if (m_debts.size() >= m_policy.pinsPerDevice.capacity) {
            // Forget the quarter that failed longest ago: a refund is a kindness, not a right.
            std::vector<std::pair<Clock::time_point, QByteArray>> byAge;
            byAge.reserve(static_cast<std::size_t>(m_debts.size()));
            for (auto d = m_debts.cbegin(); d != m_debts.cend(); ++d)
                byAge.emplace_back(d.value().last, d.key());
            const std::size_t batch = std::max<std::size_t>(1, byAge.size() / 4);
            std::nth_element(byAge.begin(), byAge.begin() + static_cast<std::ptrdiff_t>(batch - 1),
                             byAge.end());
            for (std::size_t i = 0; i < batch; ++i)
                m_debts.remove(byAge[i].second);
        }
        it = m_debts.insert(key, Debt{});
    }
    Debt &debt = it.value();
    if (debt.tries.size() >= static_cast<std::size_t>(kRefundableTries))
        debt.tries.erase(debt.tries.begin());
    debt.tries.emplace_back(clientKey(attempt.clientAddress), attempt.digits);
    debt.last = now;
}

void GuessLimiter::refundWrongTries(const PinAttempt &attempt, Clock::time_point now)
{
    if (attempt.device.isEmpty())
        return;
    const auto it = m_debts.constFind(attempt.device + '\n' + attempt.meeting.toUtf8());
    if (it == m_debts.cend())
        return;
    const QByteArray meeting = attempt.meeting.toUtf8();
    for (const auto &[address, digits] : it.value().tries) {
        m_pinAddresses.giveBack(address, now);
        meetingBuckets(digits).giveBack(meeting, now);
    }
    m_debts.erase(it);
}

qsizetype GuessLimiter::trackedDebts() const
{
    const std::lock_guard lock(m_mutex);
    return m_debts.size();
}

void GuessLimiter::recordPinFailure(const QString &meeting, Clock::time_point now, int wrong,
                                    int refused, int widelyRefused)
{
    const std::int64_t minute = std::max<std::int64_t>(0, minuteOf(now));
    auto it = m_pinFailures.find(meeting);
    if (it == m_pinFailures.end()) {
        // Keys are the codes of open meetings with a PIN, so few; bounded all the same, and a
        // meeting with nothing in the window is forgotten first.
        if (m_pinFailures.size() >= m_policy.pinsPerMeeting.capacity) {
            auto quietest = m_pinFailures.begin();
            std::int64_t quietestLast = std::numeric_limits<std::int64_t>::max();
            for (auto w = m_pinFailures.begin(); w != m_pinFailures.end(); ++w) {
                std::int64_t last = -1;
                for (const MinuteCounts &slot : w.value())
                    last = std::max(last, slot.minute);
                if (last < quietestLast) {
                    quietestLast = last;
                    quietest = w;
                }
            }
            m_pinFailures.erase(quietest);
        }
        it = m_pinFailures.insert(meeting, Window{});
    }
    MinuteCounts &slot = it.value()[static_cast<std::size_t>(minute % kWindowMinutes)];
    if (slot.minute != minute)
        slot = MinuteCounts{minute, 0, 0, 0};
    slot.wrong += wrong;
    slot.refused += refused;
    slot.widelyRefused += widelyRefused;
}

std::vector<GuessLimiter::PinGuessing> GuessLimiter::pinGuessing() const
{
    const Clock::time_point now = m_now();
    const std::lock_guard lock(m_mutex);
    const std::int64_t minute = minuteOf(now);
    std::vector<PinGuessing> meetings;
    for (auto it = m_pinFailures.cbegin(); it != m_pinFailures.cend(); ++it) {
        PinGuessing guessing;
        guessing.meeting = it.key();
        for (const MinuteCounts &slot : it.value()) {
            if (slot.minute < 0 || slot.minute <= minute - kWindowMinutes)
                continue;
            guessing.wrong += slot.wrong;
            guessing.refused += slot.refused;
            guessing.widelyRefused += slot.widelyRefused;
        }
        if (guessing.failed() > 0)
            meetings.push_back(guessing);
    }
    std::sort(meetings.begin(), meetings.end(), [](const PinGuessing &a, const PinGuessing &b) {
        return a.failed() != b.failed() ? a.failed() > b.failed() : a.meeting < b.meeting;
    });
    return meetings;
}

GuessLimiter::Totals GuessLimiter::totals() const
{
    return {m_wrongCodeCount.load(std::memory_order_relaxed),
            m_refusedCodeCount.load(std::memory_order_relaxed),
            m_wrongPinCount.load(std::memory_order_relaxed),
            m_refusedPinCount.load(std::memory_order_relaxed)};
}

qsizetype GuessLimiter::trackedKeys() const
{
    const std::lock_guard lock(m_mutex);
    qsizetype meetings = 0;
    for (const TokenBuckets &table : m_pinMeetings)
        meetings += table.size();
    return m_wrongCodes.size() + m_surveyAnswers.size() + m_pinDevices.size() +
           m_pinAddresses.size() + meetings + m_pinFailures.size();
}

} // namespace docket
