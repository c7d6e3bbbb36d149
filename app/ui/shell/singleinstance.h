#pragma once

#include <QString>

#include <memory>

class QLockFile;

/// One Passerelle per data folder: a QLockFile `passerelle.lock` in the folder. The lock records
/// the owner's process id, so a killed process (kill -9, power cut) never blocks the next start:
/// its lock is recognised as stale and taken over. Check before opening the database.
class SingleInstance
{
public:
    static inline const QString LockFileName = QStringLiteral("passerelle.lock");

    explicit SingleInstance(QString dataDir);
    ~SingleInstance();

    SingleInstance(const SingleInstance &) = delete;
    SingleInstance &operator=(const SingleInstance &) = delete;

    /// Takes the lock without waiting. False when another live process holds it, or the
    /// folder cannot hold a lock file (see error()).
    bool acquire();
    bool isHeld() const;
    void release();

    QString lockFilePath() const;
    /// Why acquire() failed: AnotherInstance, or NoAccess / Unknown for a folder problem.
    enum class Error { None, AnotherInstance, NoAccess, Unknown };
    Error error() const { return m_error; }

private:
    QString m_dataDir;
    std::unique_ptr<QLockFile> m_lock;
    Error m_error = Error::None;
};
