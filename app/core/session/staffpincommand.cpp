#include "staffpincommand.h"

#include "store/database.h"
#include "store/staffrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

#include <cstdio>

namespace {

const QString DatabaseFileName = QStringLiteral("passerelle.sqlite");
const QString LockFileName = QStringLiteral("passerelle.lock"); // the kiosk's SingleInstance lock

int refuse(QTextStream &err, const QString &message)
{
    err << "passerelle: " << message << '\n';
    err.flush();
    return ExitCode::Failure;
}

QString readPin(QTextStream &in, QTextStream &err, const QString &prompt)
{
    err << prompt;
    err.flush();
    return in.readLine().trimmed();
}

} // namespace

int runResetStaffPin(const Options &options, QTextStream &in, QTextStream &out, QTextStream &err)
{
    const QString dataDir = options.dataDir;
    if (!QFileInfo(QDir(dataDir).filePath(DatabaseFileName)).isFile())
        return refuse(err, QStringLiteral("there is no Passerelle database in %1.").arg(QDir::toNativeSeparators(dataDir)));

    QLockFile lock(QDir(dataDir).filePath(LockFileName));
    lock.setStaleLockTime(0); // as the kiosk: stale only when its owner is gone
    if (!lock.tryLock(0))
        return refuse(err, QStringLiteral("the kiosk is running on %1: stop it first (systemctl stop passerelle-kiosk).")
                               .arg(QDir::toNativeSeparators(dataDir)));

    SystemWallClock wallClock;
    SteadyClock monotonicClock;
    Database db(dataDir, wallClock);
    if (!db.open())
        return refuse(err, QStringLiteral("the database cannot be used (%1): %2")
                               .arg(Database::stateName(db.state()), db.errorMessage().simplified()));

    SecretHasher hasher;
    StaffRepository staff(db, hasher, monotonicClock);
    const QList<StaffMember> accounts = staff.list();
    QList<StaffMember> matches;
    QStringList names;
    for (const StaffMember &member : accounts) {
        names << member.name;
        if (member.name.trimmed().compare(options.staffName.trimmed(), Qt::CaseInsensitive) == 0)
            matches << member;
    }
    if (accounts.isEmpty())
        return refuse(err, QStringLiteral("there is no staff account yet: the kiosk's first start creates one."));
    if (matches.isEmpty())
        return refuse(err, QStringLiteral("no active staff account is named \"%1\". Accounts: %2.")
                               .arg(options.staffName, names.join(QStringLiteral(", "))));
    if (matches.size() > 1)
        return refuse(err, QStringLiteral("%1 accounts are named \"%2\": rename one in the staff panel first.")
                               .arg(matches.size())
                               .arg(options.staffName));

    const StaffMember &member = matches.constFirst();
    const QString first = readPin(in, err, QStringLiteral("New PIN for %1 (%2 to %3 digits): ")
                                               .arg(member.name)
                                               .arg(Secret::PinMinDigits)
                                               .arg(Secret::PinMaxDigits));
    const Secret pin = Secret::pin(first);
    if (!pin.isValid())
        return refuse(err, QStringLiteral("a PIN is %1 to %2 digits; nothing was changed.")
                               .arg(Secret::PinMinDigits)
                               .arg(Secret::PinMaxDigits));
    const QString second = readPin(in, err, QStringLiteral("The same PIN again: "));
    if (Secret::pin(second).material() != pin.material())
        return refuse(err, QStringLiteral("the two PINs differ; nothing was changed."));

    // The account resets its own PIN (allowed even while locked), which also lifts the lockout.
    if (!staff.setPin(member.id, pin, member.id))
        return refuse(err, QStringLiteral("the PIN could not be saved: %1").arg(db.errorMessage().simplified()));
    db.logMaintenance(QStringLiteral("staff-pin-reset-console"), member.name);
    out << "passerelle: new PIN saved for " << member.name << "; the account is unlocked.\n";
    out.flush();
    db.close();
    return ExitCode::Ok;
}

int runResetStaffPin(const Options &options)
{
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runResetStaffPin(options, in, out, err);
}
