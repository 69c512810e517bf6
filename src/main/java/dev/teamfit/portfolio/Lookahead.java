package dev.teamfit.portfolio;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator over elements made one at a time, as they are asked for. */
abstract class Lookahead<T> implements Iterator<T> {

    private T pending;
    private boolean ended;

    /** The next element, or null when there are no more. */
    abstract T fetch();

    @Override
    public final boolean hasNext() {
        if (pending == null && !ended) {
            pending = fetch();
            ended = pending == null;
        }
        return pending != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T next = pending;
        pending = null;
        return next;
    }
}
