package io.ksnmp.coroutines.agent.internal

import java.io.IOException
import java.nio.file.AccessDeniedException
import java.nio.file.FileSystemException
import java.nio.file.NoSuchFileException
import java.nio.file.NotDirectoryException

/**
 * What an I/O failure says, for a message that already names the file: a file-system
 * exception's message is often only the file name again, so its type and reason say it.
 */
internal fun IOException.reasonText(): String = when (this) {
    is AccessDeniedException -> "permission denied"
    is NoSuchFileException -> "no such file or directory"
    is NotDirectoryException -> "not a directory"
    is FileSystemException -> reason ?: javaClass.simpleName
    else -> message ?: javaClass.simpleName
}
