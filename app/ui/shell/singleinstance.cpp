#include "singleinstance.h"

#include <QDir>
#include <QLockFile>

SingleInstance::SingleInstance(QString dataDir) : m_dataDir(std::move(dataDir)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::lockFilePath() const
{
    return QDir(m_dataDir).absoluteFilePath(LockFileName);
}

bool SingleInstance::acquire()
{
    if (isHeld())
        return true;
    m_error = Error::None;
    // The folder is created here (the lock must live in it); nothing else is touched.
    if (!QDir().mkpath(m_dataDir)) {
        m_error = Error::NoAccess;
        return false;
    }
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    // 0: a lock is never stale because of its age, only because its owner is gone
    // (QLockFile checks the recorded process id and name), so a long-running kiosk keeps it.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError) {
        // tryLock() already removes a lock whose owner died; try once more in case the stale
        // file was left by a process that died between our check and its removal.
        if (m_lock->removeStaleLockFile() && m_lock->tryLock(0))
            return true;
        m_error = Error::AnotherInstance;
    } else if (m_lock->error() == QLockFile::PermissionError) {
        m_error = Error::NoAccess;
    } else {
        m_error = Error::Unknown;
    }
    m_lock.reset();
    return false;
}

bool SingleInstance::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

void SingleInstance::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}
