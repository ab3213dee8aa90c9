// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <utility>
#include <vector>

namespace docket {

// The name under which the limits count a client: an IPv4 address as it is (also when it comes
// IPv4-mapped through an IPv6 socket); an IPv6 address by its /64, the block one network or one
// subscriber gets and inside which a device (or a guesser) may take new addresses at will
// (SLAAC privacy addresses, RFC 8981). Text that is not an address is returned unchanged.
QByteArray clientKey(QByteArrayView address);

// A table of token buckets with a bound on its size. Not thread-safe: its owner locks.
// When the table is full, the buckets forgotten first are those that know least: full ones
// (forgetting them changes nothing), then the fullest and oldest of those still allowing, and
// only when every bucket is limiting the one that would allow again soonest. So arriving from
// new addresses cannot reset a bucket that is limiting while anything else could go.
class TokenBuckets
{
public:
    using Clock = std::chrono::steady_clock;
    struct Policy
    {
        int burst = 10;                         // tries allowed at once
        std::chrono::milliseconds refill{6000}; // one more try per period
        qsizetype capacity = 4096;              // bound on the keys remembered
    };

    TokenBuckets() : TokenBuckets(Policy{}) {}
    explicit TokenBuckets(Policy policy) : m_policy(policy) {}

    // True when `key` has a try left now (an unknown key has a full bucket).
    bool allows(const QByteArray &key, Clock::time_point now) const;
    // Seconds until `key` has a try again; 0 when it has one now.
    int retryAfterSeconds(const QByteArray &key, Clock::time_point now) const;
    // Takes one try; false, and nothing taken, when none is left.
    bool take(const QByteArray &key, Clock::time_point now);
    // Returns a try taken for an attempt that turned out right or was never made.
    void giveBack(const QByteArray &key, Clock::time_point now);

    qsizetype size() const { return m_buckets.size(); }
    const Policy &policy() const { return m_policy; }
    // How many limiting buckets had to be forgotten for lack of room (should stay 0).
    std::uint64_t limitingEvictions() const { return m_limitingEvictions; }

private:
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point updated;
    };
    double tokensAt(const Bucket &bucket, Clock::time_point now) const;
    void makeRoom(Clock::time_point now);

    Policy m_policy;
    QHash<QByteArray, Bucket> m_buckets;
    std::uint64_t m_limitingEvictions = 0;
};

// Slows down whoever guesses: meeting codes (a well-formed code that is no open meeting) and
// meeting PINs, in separate buckets so that a few typos of one kind never block the other.
//
// Wrong codes are counted per client address. A PIN attempt takes one try from three buckets:
// the phone's own (a random device cookie that the PIN form sets, when the phone sends it
// back), its address's and the meeting's, across all addresses. A guesser can drop the cookie,
// so the address and meeting budgets are what bound guessing; they are sized for a hall of
// ~500 phones behind one address (NAT, guest Wi-Fi) making honest typos, while the device
// bucket keeps one phone that keeps failing from spending its neighbours' budget.
// PIN tries are taken before the (deliberately slow) hash and given back when the PIN was
// right, so right PINs cost nothing; a phone that already has the meeting's cookie never
// reaches this at all. When a phone with a device cookie gets the PIN right, its earlier wrong
// tries for that meeting (typos) are given back to the address and meeting budgets too: a hall
// of honest typos then never locks the meeting, while a guesser, who never gets it right,
// never gets a try back.
class GuessLimiter
{
public:
    using Clock = TokenBuckets::Clock;

    struct Policy
    {
        TokenBuckets::Policy wrongCodesPerAddress{30, std::chrono::seconds(3), 4096};
        TokenBuckets::Policy pinsPerDevice{5, std::chrono::seconds(60), 8192};
        TokenBuckets::Policy pinsPerAddress{30, std::chrono::seconds(20), 4096};
        // With these figures a guesser gets 40 + 2 a minute, whatever the addresses: half of a
        // 4-digit PIN's 10,000 values takes (5000 - 40) x 30 s, 41 hours. These are the figures
        // for 4-digit attempts; each further digit multiplies the space by ten, and the budget
        // for attempts of that length with it (see pinsPerMeetingFor), so the time to guess is
        // the same for every length while a guesser draining the 4-digit budget never slows
        // the phones of a meeting whose PIN is longer: its budget is more than the PIN
        // checker can hash.
        TokenBuckets::Policy pinsPerMeeting{40, std::chrono::seconds(30), 1024};
        // Survey answers: a phone sends one, perhaps corrects it a few times; a script sending
        // hundreds from one address is slowed to one every 3 s. A hall of phones, each with its
        // own address on the venue network, never meets this.
        TokenBuckets::Policy surveyAnswersPerAddress{20, std::chrono::seconds(3), 4096};
    };
    static constexpr int kShortestPin = 4;
    static constexpr int kLongestPin = 8;
    // The meeting budget for attempts with `digits` digits.
    static TokenBuckets::Policy pinsPerMeetingFor(const Policy &policy, int digits);

    // One PIN attempt: which buckets it takes a try from.
    struct PinAttempt
    {
        QString meeting;           // normalised code
        QByteArray clientAddress;  // as the transport saw it
        QByteArray device;         // the device cookie, or empty
        int digits = kShortestPin; // of the PIN entered, kShortestPin..kLongestPin
    };
    enum class PinOutcome
    {
        Right,     // the try is given back
        Wrong,     // the try stays taken
        NotChecked // the checker was full or stopping: given back
    };

    // What the window and `serve` show while someone guesses a meeting's PIN.
    struct PinGuessing
    {
        QString meeting;
        int wrong = 0;         // wrong PINs checked in the window
        int refused = 0;       // attempts refused (429) before checking
        int widelyRefused = 0; // of those, refused by the address's or the meeting's budget
        int failed() const { return wrong + refused; }
    };
    static constexpr int kWindowMinutes = 10;

    GuessLimiter() : GuessLimiter(Policy{}) {}
    explicit GuessLimiter(Policy policy, std::function<Clock::time_point()> now = &Clock::now);

    // Forgets every bucket and applies new figures (for tests, and before serving).
    void setPolicy(const Policy &policy);
    Policy policy() const;

    // Counts a wrong code; 0 when allowed, else the seconds for Retry-After (answer 429).
    int countWrongCode(QByteArrayView clientAddress);
    // Counts a survey's answers sent, by "ADDRESS|DEVICE" (the phone's survey cookie): the
    // same answer.
    int countSurveyAnswer(QByteArrayView clientAddressAndDevice);

    // Before checking a PIN: 0 when the attempt may go ahead (one try taken from each bucket),
    // else the seconds for Retry-After, and nothing is taken.
    int beginPinAttempt(const PinAttempt &attempt);
    void endPinAttempt(const PinAttempt &attempt, PinOutcome outcome);

    // Meetings with failed PIN attempts in the last kWindowMinutes, most failures first.
    std::vector<PinGuessing> pinGuessing() const;

    // Running totals since the server started, readable from any thread without a lock.
    struct Totals
    {
        std::uint64_t wrongCodes = 0;
        std::uint64_t refusedCodes = 0;
        std::uint64_t wrongPins = 0;
        std::uint64_t refusedPins = 0;
    };
    Totals totals() const;

    // Memory: how many keys each table holds (each stays within its policy's capacity).
    qsizetype trackedKeys() const;
    // Devices whose wrong tries are remembered for a refund (within pinsPerDevice.capacity).
    qsizetype trackedDebts() const;
    // The wrong tries remembered per device and meeting, the most recent.
    static constexpr int kRefundableTries = 16;

private:
    // Failed attempts of one meeting, per minute, for the last kWindowMinutes.
    struct MinuteCounts
    {
        std::int64_t minute = -1;
        int wrong = 0;
        int refused = 0;
        int widelyRefused = 0;
    };
    using Window = std::array<MinuteCounts, kWindowMinutes>;
    void recordPinFailure(const QString &meeting, Clock::time_point now, int wrong, int refused,
                          int widelyRefused);
    std::int64_t minuteOf(Clock::time_point now) const;

    std::function<Clock::time_point()> m_now;
    Clock::time_point m_epoch;
    mutable std::mutex m_mutex;
    Policy m_policy;
    TokenBuckets m_wrongCodes;
    TokenBuckets m_surveyAnswers;
    TokenBuckets m_pinDevices;
    TokenBuckets m_pinAddresses;
    TokenBuckets &meetingBuckets(int digits);
    // One table per PIN length, kShortestPin first.
    std::array<TokenBuckets, kLongestPin - kShortestPin + 1> m_pinMeetings;
    QHash<QString, Window> m_pinFailures; // bounded like m_pinMeetings
    // A device's wrong tries for one meeting, to give back if it gets the PIN right.
    struct Debt
    {
        std::vector<std::pair<QByteArray, int>> tries; // address key, digits
        Clock::time_point last;
    };
    QHash<QByteArray, Debt> m_debts; // device + '\n' + meeting
    void rememberWrongTry(const PinAttempt &attempt, Clock::time_point now);
    void refundWrongTries(const PinAttempt &attempt, Clock::time_point now);
    std::atomic<std::uint64_t> m_wrongCodeCount{0};
    std::atomic<std::uint64_t> m_refusedCodeCount{0};
    std::atomic<std::uint64_t> m_wrongPinCount{0};
    std::atomic<std::uint64_t> m_refusedPinCount{0};
};

} // namespace docket
